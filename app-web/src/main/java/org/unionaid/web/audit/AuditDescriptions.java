package org.unionaid.web.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;

/**
 * An audit-log row in the reader's language. The log keeps what each use case wrote, in a terse form of codes and
 * numbers that must never be rewritten (the table is append-only); this reads each action's form back into a
 * sentence from a message key ({@code audit.detail.*}), codes translated and amounts printed as a ledger prints
 * them. A detail no form matches is shown as written, marked so ({@link #translated} says which).
 */
@Component("auditDescriptions")
public class AuditDescriptions {

    /** One form of an action's detail: its pattern, the message it becomes, how each group is shown. */
    private record Form(Pattern pattern, String key, String[] shows) {
    }

    /** How a group is shown: as is, a code under a message prefix, an amount, a list of roles. */
    private static final String AS_IS = null;
    private static final String AMOUNT = "@amount";
    private static final String ROLES = "@roles";

    private static final Map<AuditAction, List<Form>> FORMS = new EnumMap<>(AuditAction.class);

    /** What a ledger check adds when balances, entries or anchored heads disagree. */
    private static final String DIFFERENCES = "; (\\d+) balances differ from the postings, (\\d+) entries do not balance, "
            + "(\\d+) anchored heads no longer match$";

    static {
        form(AuditAction.ACCESS, "^\\S+ lacks role (\\w+)$", "lacksRole", "role.");
        form(AuditAction.ACCESS, "^\\S+ lacks every role of \\[(.*)]$", "lacksRoles", ROLES);
        form(AuditAction.ACCESS, "^(?:Access|Authorization)DeniedException$", "urlDenied");
        form(AuditAction.ACCESS, "^.+$", "outsideScope");
        form(AuditAction.LOGIN, "^(\\w+Exception)$", "loginFailed", "audit.detail.exception.");
        form(AuditAction.BATCH_CREATE, "^(\\w+) (\\w+) (\\w+)$", "batchCreate", "fundSource.", "fundPurpose.",
                "batch.method.");
        form(AuditAction.BATCH_FILL, "^(\\d+) added, (\\d+) refused$", "batchFill", AS_IS, AS_IS);
        form(AuditAction.BATCH_APPROVE, "^(\\d+) lines, (\\S+)$", "batchApprove", AS_IS, AMOUNT);
        form(AuditAction.HANDOVER, "^(\\w+) (\\S+)$", "handover", "batch.method.", AMOUNT);
        form(AuditAction.HANDOVER, "^(\\w+) (\\S+), visit (\\d+)$", "handoverOnVisit", "batch.method.", AMOUNT, AS_IS);
        form(AuditAction.BATCH_SCAN_UPLOAD, "^\\w+ (\\d+) bytes$", "scanUpload", AS_IS);
        form(AuditAction.BATCH_SCAN_OPEN, "^batch (\\d+)$", "scanOpen", AS_IS);
        form(AuditAction.FUND_RECEIPT, "^(\\w+) (\\w+) (\\S+)$", "fundReceipt", "fundSource.", "fundPurpose.", AMOUNT);
        form(AuditAction.ALLOCATION, "^to (\\d+) (\\w+) (\\w+) (\\S+)$", "allocation", AS_IS, "fundSource.",
                "fundPurpose.", AMOUNT);
        form(AuditAction.ALLOCATION, "^to (\\d+) (\\w+) (\\w+) (\\S+) ratio (\\S+)$", "allocationRatio", AS_IS,
                "fundSource.", "fundPurpose.", AMOUNT, AS_IS);
        form(AuditAction.ALLOCATION, "^to (\\d+) (\\w+) (\\w+) (\\S+) ratio (\\S+) reason: (.*)$", "allocationReason",
                AS_IS, "fundSource.", "fundPurpose.", AMOUNT, AS_IS, AS_IS);
        form(AuditAction.MATCHING, "^(\\S+)$", "matching", AMOUNT);
        form(AuditAction.MATCHING, "^(\\S+) (\\w+) (.+)$", "matchingVoucher", AMOUNT, "matchingSource.", AS_IS);
        form(AuditAction.BALANCE_TRANSFER_REQUEST, "^(\\w+) (\\w+) (\\S+) (.+)$", "transferRequest", "fundSource.",
                "fundPurpose.", AMOUNT, AS_IS);
        form(AuditAction.BALANCE_TRANSFER_DECIDE, "^(APPROVED|REJECTED)$", "transferDecide", "audit.detail.decision.");
        form(AuditAction.BALANCE_TRANSFER_MINUTES_OPEN, "^sha256 (\\w+)$", "minutesOpen", AS_IS);
        form(AuditAction.BANK_FILE_GENERATE, "^v(\\d+) template \\d+, (\\d+) lines, (\\S+), sha256 (\\w+)(?:, voids v(\\d+))?$",
                "bankFileGenerate", AS_IS, AS_IS, AMOUNT, AS_IS, AS_IS);
        form(AuditAction.BANK_FILE_DOWNLOAD, "^(\\S+) v(\\d+), sha256 (\\w+)$", "bankFileDownload", AS_IS, AS_IS, AS_IS);
        form(AuditAction.BANK_RETURN_IMPORT, "^return (\\d+), sha256 (\\w+): (\\d+) paid (\\S+), (\\d+) failed (\\S+), "
                + "(\\d+) unchanged, (\\d+) pending$", "returnImport", AS_IS, AS_IS, AS_IS, AMOUNT, AS_IS, AMOUNT, AS_IS,
                AS_IS);
        form(AuditAction.BANK_RETURN_IMPORT, "^sha256 (\\w+) refused, nothing applied: (\\d+) problems.*$",
                "returnRefused", AS_IS, AS_IS);
        form(AuditAction.BANK_RETURN_IMPORT, "^sha256 (\\w+) imported before as return (\\d+): nothing changed$",
                "returnAgain", AS_IS, AS_IS);
        form(AuditAction.BANK_TEMPLATE_CREATE, "^(.+)$", "templateCreate", AS_IS);
        form(AuditAction.FILE_OPEN, "^household of (\\d+)$", "fileOpen", AS_IS);
        form(AuditAction.FILE_REVISE, "^(\\d+) fields$", "fieldsChanged", AS_IS);
        form(AuditAction.FILE_REVERIFY, "^(\\d+) fields$", "fieldsChanged", AS_IS);
        form(AuditAction.FILE_EXPORT, "^(\\d+) files, numbers in clear, filter .*$", "fileExportClear", AS_IS);
        form(AuditAction.FILE_EXPORT, "^(\\d+) files, masked, filter .*$", "fileExportMasked", AS_IS);
        form(AuditAction.FILE_IMPORT, "^(\\d+) files from (.+)$", "fileImport", AS_IS, AS_IS);
        // R-PRIV-02: an import spreadsheet's content erased, by its uploader, by a refusal, or by the sweep.
        form(AuditAction.IMPORT_UPLOAD_ERASE, "^COMMITTED: (\\d+) files opened, uploaded (\\S+)$", "uploadErasedCommitted",
                AS_IS, AS_IS);
        form(AuditAction.IMPORT_UPLOAD_ERASE, "^ABANDONED: uploaded (\\S+)$", "uploadErasedAbandoned", AS_IS);
        form(AuditAction.IMPORT_UPLOAD_ERASE, "^REFUSED: (\\d+) of (\\d+) rows with problems, uploaded (\\S+)$",
                "uploadErasedRefused", AS_IS, AS_IS, AS_IS);
        form(AuditAction.IMPORT_UPLOAD_ERASE, "^EXPIRED: uploaded (\\S+) by user (\\d+), (\\d+) sealed bytes erased$",
                "uploadErasedExpired", AS_IS, AS_IS, AS_IS);
        form(AuditAction.IMPORT_UPLOAD_ERASE, "^(COMMITTED|EXPIRED): stored in clear before V52, uploaded (.+) by user "
                + "(\\d+)$", "uploadErasedAtV52", "audit.detail.erasure.", AS_IS, AS_IS);
        form(AuditAction.FILE_RETURN, "^(.+)$", "reason", AS_IS);
        form(AuditAction.PERSONAL_DATA_REVEAL, "^worker ID number: (.*)$", "revealWorker", AS_IS);
        form(AuditAction.PERSONAL_DATA_REVEAL, "^member (\\d+) ID number: (.*)$", "revealMember", AS_IS, AS_IS);
        form(AuditAction.FILE_EXIT, "^(\\w+)$", "fileExit", "exitReason.");
        form(AuditAction.FILE_CATEGORY_DECIDE, "^(\\w+) above income$", "categoryAbove", "category.");
        form(AuditAction.FILE_CATEGORY_DECIDE, "^(\\w+)$", "category", "category.");
        form(AuditAction.FILE_CATEGORY_CONFIRM, "^(\\w+)$", "category", "category.");
        form(AuditAction.FILE_LEVEL_CONFIRM, "^(\\w+)$", "level", "level.");
        form(AuditAction.NOTICE_OPEN, "^(\\d+) files, (\\S+) – (\\S+)$", "noticeOpen", AS_IS, AS_IS, AS_IS);
        form(AuditAction.NOTICE_CLOSE, "^(\\d+) passed$", "noticeClose", AS_IS);
        form(AuditAction.OBJECTION_RECORD, "^objection (\\d+)$", "objection", AS_IS);
        form(AuditAction.OBJECTION_DECIDE, "^(upheld|dismissed) (\\d+)$", "objectionDecide", "audit.detail.objection.",
                AS_IS);
        form(AuditAction.ATTACHMENT_UPLOAD, "^(\\w+) \\w+ (\\d+) bytes$", "attachmentUpload", "attachment.kind.", AS_IS);
        form(AuditAction.ATTACHMENT_OPEN, "^file (\\d+) (\\w+)$", "attachmentOpen", AS_IS, "attachment.kind.");
        form(AuditAction.VISIT_RECORD, "^group, (\\d+) photos$", "visitGroup", AS_IS);
        form(AuditAction.VISIT_RECORD, "^file (\\d+), (\\d+) photos$", "visitFile", AS_IS, AS_IS);
        form(AuditAction.VISIT_PHOTO_OPEN, "^visit (\\d+)$", "visitPhoto", AS_IS);
        form(AuditAction.OFFLINE_LIST, "^(\\d+) files$", "offlineList", AS_IS);
        form(AuditAction.MEASURE_PLAN, "^(\\w+) due (\\S+)$", "measurePlan", "need.", AS_IS);
        form(AuditAction.MEASURE_PROGRESS, "^(\\d+) (\\w+)$", "measureProgress", AS_IS, "measure.status.");
        form(AuditAction.INCOME_MONTH_RECORD, "^(\\S+)$", "incomeMonth", AS_IS);
        form(AuditAction.FILE_EXIT_REJECT, "^(\\S+)$", "exitReject", AS_IS);
        form(AuditAction.CAMPAIGN_CREATE, "^(.+)$", "campaignCreate", AS_IS);
        form(AuditAction.CAMPAIGN_CLOSE, "^(.+)$", "campaignClose", AS_IS);
        form(AuditAction.DELEGATION_CREATE, "^(\\S+)\\.\\.(\\S+)$", "delegationCreate", AS_IS, AS_IS);
        form(AuditAction.REPORT_SUBMIT, "^([\\w-]+) late$", "reportLate", AS_IS);
        form(AuditAction.REPORT_SUBMIT, "^([\\w-]+)$", "report", AS_IS);
        form(AuditAction.REPORT_REMIND, "^(\\w+)$", "report", AS_IS);
        form(AuditAction.REPORT_ACCEPT, "^v(\\d+)$", "reportVersion", AS_IS);
        form(AuditAction.REPORT_RETURN, "^v(\\d+)$", "reportVersion", AS_IS);
        form(AuditAction.REPORT_MANUAL_ENTER, "^(\\S+) = (\\S+)$", "reportManual", AS_IS, AS_IS);
        form(AuditAction.PERIOD_CREATE, "^(.+) \\[(.*)]$", "periodCreate", AS_IS, AS_IS);
        form(AuditAction.REPORT_SUMMARY_SAVE, "^(\\d+) characters$", "summaryText", AS_IS);
        form(AuditAction.REPORT_SUMMARY_SAVE, "^text cleared$", "summaryCleared");
        form(AuditAction.REPORT_SUMMARY_SAVE, "^(PDF|DOC|DOCX) (\\d+) bytes$", "summaryDocument", AS_IS, AS_IS);
        form(AuditAction.REPORT_SUMMARY_OPEN, "^(.+)$", "summaryOpen", AS_IS);
        form(AuditAction.RECIPIENT_CREATE, "^(\\w+)$", "recipientCreate", "recipient.group.");
        form(AuditAction.ENTERPRISE_CREATE, "^(.+)$", "enterpriseCreate", AS_IS);
        form(AuditAction.ENTERPRISE_VISIT, "^cash (\\S+), goods (\\S+)$", "enterpriseVisit", AMOUNT, AMOUNT);
        form(AuditAction.BATCH_FILL, "^(\\d+) named added, (\\d+) refused$", "batchFillNamed", AS_IS, AS_IS);
        form(AuditAction.LEDGER_EXPORT, "^(\\d+) postings, filter .*$", "ledgerExport", AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^intact: (\\d+) postings, head (\\w+)$", "ledgerIntact", AS_IS, AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^broken at (\\d+) \\(posting \\S+\\): (\\w+), (\\d+) postings intact before it$",
                "ledgerBroken", AS_IS, "ledger.chainProblem.", AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^intact: (\\d+) postings, head (\\w+)" + DIFFERENCES, "ledgerIntactDiffering",
                AS_IS, AS_IS, AS_IS, AS_IS, AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^broken at (\\d+) \\(posting \\S+\\): (\\w+), (\\d+) postings intact before it"
                + DIFFERENCES, "ledgerBrokenDiffering", AS_IS, "ledger.chainProblem.", AS_IS, AS_IS, AS_IS, AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^nightly: (\\d+) postings, head (\\w+)$", "ledgerNightlyIntact", AS_IS, AS_IS);
        form(AuditAction.LEDGER_VERIFY, "^nightly: break at (\\d+) \\((\\w+)\\)$", "ledgerNightlyBroken", AS_IS,
                "ledger.chainProblem.");
        form(AuditAction.LEDGER_CHECKPOINT, "^(\\d+) unions at (\\S+)$", "checkpoint", AS_IS, AS_IS);
        form(AuditAction.LEDGER_CHECKPOINT_VERIFY, "^checkpoint of (\\S+) by (.+): (\\d+) unions, (\\d+) no longer match$",
                "checkpointVerify", AS_IS, AS_IS, AS_IS, AS_IS);
        form(AuditAction.USER_CREATE, "^(\\S+) at (\\S+) roles \\[(.*)]$", "userCreate", AS_IS, AS_IS, ROLES);
        form(AuditAction.ORGANISATION_CREATE, "^(\\S+) (.+) under (\\S+)$", "organisationCreate", AS_IS, AS_IS, AS_IS);
        form(AuditAction.ORGANISATION_MOVE, "^parent (\\S+) → (\\S+), with (\\d+) descendants$", "organisationMove",
                AS_IS, AS_IS, AS_IS);
        form(AuditAction.REFERENCE_DATA_CHANGE, "^(HOLIDAY|WORKDAY) (.+)$", "calendarDay", "audit.detail.day.", AS_IS);
        form(AuditAction.REFERENCE_DATA_CHANGE, "^none → (\\S+)/month ×(\\S+) accident (\\S+)$", "standardNew",
                AMOUNT, AS_IS, AS_IS);
        form(AuditAction.REFERENCE_DATA_CHANGE,
                "^(\\S+)/month ×(\\S+) accident (\\S+) → (\\S+)/month ×(\\S+) accident (\\S+)$", "standardChange",
                AMOUNT, AS_IS, AS_IS, AMOUNT, AS_IS, AS_IS);
        form(AuditAction.REFERENCE_DATA_CHANGE, "^removed$", "calendarRemoved");
        form(AuditAction.REFERENCE_DATA_CHANGE, "^confirmed: (.+)$", "calendarConfirmed", AS_IS);
        form(AuditAction.ANOMALY_RUN, "^(\\d+) rules over \\S+$", "anomalyRun", AS_IS);
        form(AuditAction.ANOMALY_DISMISS, "^(R-ANOM-\\d+) \\S+: (.*)$", "anomalyDismiss", AS_IS, AS_IS);
        form(AuditAction.AUDIT_SETTING_CHANGE, "^(\\S+) → (\\S+): (.*)$", "settingChange", AS_IS, AS_IS, AS_IS);
        form(AuditAction.FINDING_RAISE, "^for union \\d+, from (R-ANOM-\\d+) \\S+, (\\d+) records$", "findingFromHit",
                AS_IS, AS_IS);
        form(AuditAction.FINDING_RAISE, "^for union \\d+, (\\d+) records$", "findingRaise", AS_IS);
        form(AuditAction.FINDING_ANSWER, "^(\\d+) documents$", "findingAnswer", AS_IS);
        form(AuditAction.FINDING_CONFIRM, "^(\\w+)$", "findingStep", "finding.step.");
        form(AuditAction.FINDING_RETURN, "^(\\w+)$", "findingStep", "finding.step.");
        form(AuditAction.FINDING_EVIDENCE_OPEN, "^evidence (\\d+)$", "evidenceOpen", AS_IS);
        form(AuditAction.AUDIT_SAMPLE_DRAW, "^(\\w+) seed (\\d+), (\\S+)% of (\\d+) = (\\d+)$", "sampleDraw",
                "sample.kind.", AS_IS, AS_IS, AS_IS, AS_IS);
        form(AuditAction.WORKING_PAPER_EXPORT, "^(xlsx|pdf): (\\d+) hits, (\\d+) findings, (\\d+) chains \\((\\d+) broken\\)$",
                "paperExport", AS_IS, AS_IS, AS_IS, AS_IS, AS_IS);
    }

    private static void form(AuditAction action, String pattern, String key, String... shows) {
        FORMS.computeIfAbsent(action, a -> new ArrayList<>()).add(new Form(Pattern.compile(pattern),
                "audit.detail." + key, shows));
    }

    private final MessageSource messages;

    AuditDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    /** The row's detail as a sentence, or as written when no form of its action matches. */
    public String detail(AuditEntry entry) {
        if (entry.detail() == null || entry.detail().isBlank()) {
            return "";
        }
        Matcher matched = match(entry);
        if (matched == null) {
            return messages.getMessage("audit.detail.raw", new Object[] {entry.detail()}, locale());
        }
        Form form = formOf(entry, matched);
        Object[] args = new Object[form.shows().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = show(matched.group(i + 1), form.shows()[i]);
        }
        return messages.getMessage(form.key(), args, locale());
    }

    /** The row's object as a record, when it names one by number; else null (a URL, a day, a setting…). */
    public static RecordRef target(AuditEntry entry) {
        if (entry.targetType() == null || entry.targetId() == null || !entry.targetId().matches("\\d{1,18}")
                || !entry.targetType().matches("[a-z][a-z0-9_]{0,39}")) {
            return null;
        }
        return new RecordRef(entry.targetType(), Long.parseLong(entry.targetId()));
    }

    /** For the template: {@link #target}. */
    public RecordRef targetOf(AuditEntry entry) {
        return target(entry);
    }

    /** Whether a form of the action reads the row's detail (an empty detail needs none). */
    public boolean translated(AuditEntry entry) {
        return entry.detail() == null || entry.detail().isBlank() || match(entry) != null;
    }

    private static Matcher match(AuditEntry entry) {
        for (Form form : FORMS.getOrDefault(entry.action(), List.of())) {
            Matcher matcher = form.pattern().matcher(entry.detail());
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    private static Form formOf(AuditEntry entry, Matcher matched) {
        return FORMS.get(entry.action()).stream().filter(f -> f.pattern() == matched.pattern()).findFirst()
                .orElseThrow();
    }

    private String show(String value, String how) {
        if (value == null) {
            return "";
        }
        if (how == null) {
            return value;
        }
        if (how.equals(AMOUNT)) {
            try {
                return String.format(Locale.ROOT, "%,.2f", new BigDecimal(value));
            } catch (NumberFormatException notAnAmount) {
                return value;
            }
        }
        if (how.equals(ROLES)) {
            return Arrays.stream(value.split(",\\s*")).filter(r -> !r.isBlank())
                    .map(r -> messages.getMessage("role." + r.strip(), null, r.strip(), locale()))
                    .collect(Collectors.joining("、"));
        }
        return messages.getMessage(how + value, null, value, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
