package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.reporting.ReportingRules;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.reporting.table.CellKind;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.MeasureFacts;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Statistics tables reported upward (DOMAIN §8) for a reporting period, at every level of the tree. A union's table
 * is its own figures (measures over its own records of every campaign that starts in the period, R-STAT-02, plus its
 * manual cells) and the latest accepted snapshot of each direct child. Submitting freezes a version — cells, layout
 * (R-STAT-08) and written summary (R-STAT-03) — with the SHA-256 of its canonical snapshot; the parent union's
 * approver accepts it or returns it with a comment. A union sees its own and its descendants' tables, never a
 * sibling's.
 */
@Service
@Transactional
public class StatisticsReporting {

    private final TableDefinitions definitions;
    private final Measures measures;
    private final ReportStore store;
    private final ReportingPeriodAdministration periods;
    private final SummaryStore summaries;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public StatisticsReporting(TableDefinitions definitions, Measures measures, ReportStore store,
            ReportingPeriodAdministration periods, SummaryStore summaries, Organisations organisations, AuditLog auditLog,
            Clock clock) {
        this.definitions = definitions;
        this.measures = measures;
        this.store = store;
        this.periods = periods;
        this.summaries = summaries;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A union's table: live while open, the latest snapshot once submitted (in its layout), checked cell by cell. */
    @Transactional(readOnly = true)
    public ReportTable view(Actor actor, long periodId, String form, long unionId) {
        Context context = context(periodId, form, unionId);
        actor.requireReach(context.union.path());
        var row = store.find(periodId, form, unionId, false);
        ReportStatus status = row.map(ReportStore.Row::status).orElse(ReportStatus.DRAFT);
        List<ReportVersion> versions = row.map(r -> store.versions(r.id())).orElse(List.of());
        Map<String, BigDecimal> children = store.acceptedChildrenTotals(periodId, form, unionId);
        if (status.open() || versions.isEmpty()) {
            Map<String, ReportCell> cells = live(context, context.definition,
                    row.map(r -> store.manualCells(r.id())).orElse(Map.of()), children);
            return table(context, context.definition, status, cells, true, versions, List.of(),
                    summaries.draft(periodId, unionId).orElse(WrittenSummary.NONE));
        }
        ReportVersion latest = versions.get(0);
        TableDefinition layout = layoutOf(latest, context);
        Map<String, ReportCell> cells = normalised(layout, store.versionCells(latest.id()));
        List<String> inconsistent = new ArrayList<>();
        // A frozen table against the children accepted now: a child accepted after its parent submitted shows.
        for (ReportCell cell : cells.values()) {
            if (cell.children().compareTo(children.getOrDefault(cell.key(), BigDecimal.ZERO)) != 0) {
                inconsistent.add(cell.key());
            }
        }
        return table(context, layout, status, cells, false, versions, inconsistent, store.versionSummary(latest.id()));
    }

    /** One submitted version exactly as it was frozen — its layout and summary too — to read or download. */
    @Transactional(readOnly = true)
    public ReportTable version(Actor actor, long periodId, String form, long unionId, int number) {
        Context context = context(periodId, form, unionId);
        actor.requireReach(context.union.path());
        ReportStore.Row row = store.find(periodId, form, unionId, false)
                .orElseThrow(() -> new NotFoundException("report version", number));
        List<ReportVersion> versions = store.versions(row.id());
        ReportVersion version = versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("report version", number));
        TableDefinition layout = layoutOf(version, context);
        Map<String, ReportCell> cells = normalised(layout, store.versionCells(version.id()));
        return new ReportTable(context.period, layout, context.union, row.status(), version.late(), cells, false,
                versions, List.of(), store.reminders(periodId, form, unionId), store.versionSummary(version.id()),
                context.period.deadlineFor(context.union.getType()));
    }

    /**
     * The latest submitted figures of each direct child of a union the actor reaches (whatever the parent's
     * decision), for the summary and its charts; a child that never submitted is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, BigDecimal>> childFigures(Actor actor, long periodId, String form, long unionId) {
        Context context = context(periodId, form, unionId);
        actor.requireReach(context.union.path());
        return store.latestChildCells(periodId, form, unionId);
    }

    /** A figure no record can give, entered by the union itself with a note, while its table is open. */
    public void enterManual(Actor actor, long periodId, String form, String cellKey, String value, String note) {
        Context context = context(periodId, form, actor.organisationId());
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        TableDefinition.Cell cell = context.definition.cells().get(cellKey);
        if (cell == null || !cell.manual()) {
            throw DomainException.onField("cell", "report.cell.notManual");
        }
        BigDecimal amount = parse(value, cell.kind());
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw DomainException.onField("note", "report.manual.noteRequired");
        }
        ReportStore.Row row = store.findOrCreate(periodId, form, context.definition.code(), actor.organisationId(),
                clock.instant());
        if (!row.status().open()) {
            throw new DomainException("report.notOpen");
        }
        store.saveManual(row.id(), cellKey, amount, note.strip(), actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_MANUAL_ENTER, "report_table", row.id(),
                cellKey + " = " + amount.toPlainString()));
    }

    /**
     * Freezes the union's table as a new version for its parent, with its written summary (R-STAT-03); later data
     * changes leave it as it is. Late when submitted after the union's level's deadline (the day itself is on time).
     */
    public ReportVersion submit(Actor actor, long periodId, String form) {
        Context context = context(periodId, form, actor.organisationId());
        // The form's preparer (填表人, a clerk) sends it as well as the chair: base unions often have one person.
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        ReportStore.Row row = store.findOrCreate(periodId, form, context.definition.code(), actor.organisationId(),
                clock.instant());
        WrittenSummary summary = summaries.draft(periodId, actor.organisationId()).orElse(WrittenSummary.NONE);
        ReportingRules.SUBMISSION.require(new ReportingRules.SubmissionCase(row.status().open(), summary.written()));
        Map<String, ReportCell> cells = live(context, context.definition, store.manualCells(row.id()),
                store.acceptedChildrenTotals(periodId, form, actor.organisationId()));
        Instant now = clock.instant();
        boolean late = context.period.pastDeadline(context.union.getType(), LocalDate.now(clock));
        store.addVersion(row.id(), new ReportStore.Frozen(sha256(cells, summary), context.definition.code(), summary,
                late), actor.userId(), now, cells);
        store.setStatus(row.id(), ReportStatus.SUBMITTED);
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_SUBMIT, "report_table", row.id(),
                context.definition.code() + (late ? " late" : "")));
        return store.versions(row.id()).get(0);
    }

    /** The parent union's approver accepts a child's submitted table: from now on it counts upward. */
    public void accept(Actor actor, long periodId, String form, long childId) {
        decide(actor, periodId, form, childId, ReportStatus.ACCEPTED, null);
    }

    /** Sends a child's table back with a comment: its figures leave the parent's until accepted again. */
    public void returnTable(Actor actor, long periodId, String form, long childId, String comment) {
        decide(actor, periodId, form, childId, ReportStatus.RETURNED, comment);
    }

    /** R-SEC-01: who may decide is asked before what they typed is judged. */
    private void decide(Actor actor, long periodId, String form, long childId, ReportStatus decision, String typed) {
        Context context = context(periodId, form, childId);
        actor.requireAnyRole(Role.APPROVER, Role.ADMIN);
        requireParent(actor, context.union);
        String comment = typed;
        if (decision == ReportStatus.RETURNED) {
            if (typed == null || typed.isBlank() || typed.strip().length() > 1000) {
                throw DomainException.onField("comment", "report.return.commentRequired");
            }
            comment = typed.strip();
        }
        ReportStore.Row row = store.find(periodId, form, childId, true)
                .filter(r -> r.status() == ReportStatus.SUBMITTED)
                .orElseThrow(() -> new DomainException("report.notSubmitted"));
        ReportVersion latest = store.versions(row.id()).get(0);
        store.decide(latest.id(), decision, comment, actor.userId(), clock.instant());
        store.setStatus(row.id(), decision);
        auditLog.record(AuditEntry.success(actor, decision == ReportStatus.ACCEPTED ? AuditAction.REPORT_ACCEPT
                : AuditAction.REPORT_RETURN, "report_table", row.id(), "v" + latest.number()));
    }

    /** 催报: the parent reminds a child that has not submitted its table (R-STAT-04). */
    public void remind(Actor actor, long periodId, String form, long childId, String message) {
        Context context = context(periodId, form, childId);
        actor.requireAnyRole(Role.APPROVER, Role.ADMIN, Role.CLERK);
        requireParent(actor, context.union);
        ReportStatus status = store.find(periodId, form, childId, false).map(ReportStore.Row::status)
                .orElse(ReportStatus.DRAFT);
        ReportingRules.REMINDER.require(new ReportingRules.ReminderCase(status == ReportStatus.SUBMITTED,
                status == ReportStatus.ACCEPTED));
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > 500) {
            throw DomainException.onField("message", "report.remind.tooLong");
        }
        store.remind(periodId, form, childId, actor.userId(), clock.instant(), text);
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_REMIND, "organisation", childId, form));
    }

    /** How many direct children's tables wait for the actor's union to accept or return them. */
    @Transactional(readOnly = true)
    public long awaitingDecision(Actor actor) {
        return store.awaitingDecision(actor.organisationId());
    }

    /**
     * The direct children of a union the actor reaches and where their tables stand, lateness by each child's
     * level's deadline. Only the union's own people act on it; those above read it (drill-down).
     */
    @Transactional(readOnly = true)
    public List<ChildReport> board(Actor actor, long periodId, String form, long unionId) {
        Context context = context(periodId, form, unionId);
        actor.requireReach(context.union.path());
        LocalDate today = LocalDate.now(clock);
        return store.children(periodId, form, unionId).stream().map(child -> {
            boolean pastDeadline = context.period.pastDeadline(OrganisationType.valueOf(child.type()), today);
            BoardStatus status = switch (child.status() == null ? ReportStatus.DRAFT : child.status()) {
                case ACCEPTED -> BoardStatus.ACCEPTED;
                case SUBMITTED -> BoardStatus.SUBMITTED;
                case RETURNED -> BoardStatus.RETURNED;
                case DRAFT -> pastDeadline ? BoardStatus.LATE
                        : child.status() == null ? BoardStatus.NOT_STARTED : BoardStatus.DRAFT;
            };
            boolean late = child.everSubmittedLate() || (pastDeadline && status != BoardStatus.ACCEPTED
                    && status != BoardStatus.SUBMITTED);
            return new ChildReport(child.unionId(), child.name(), status, late, child.lastSubmittedAt(),
                    child.reminders());
        }).toList();
    }

    /**
     * The canonical snapshot: one line per cell in key order, each value without trailing zeros, so that the figures
     * read back from numeric columns hash as they did when submitted; then, for versions sent with one, the written
     * summary — its text's hash and its document's.
     */
    static String canonical(Map<String, ReportCell> cells, WrittenSummary summary) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(cells).values().forEach(c -> text.append(c.key()).append('=').append(plain(c.total()))
                .append(';').append(plain(c.own())).append(';').append(plain(c.children()))
                .append(';').append(c.manual() ? 'M' : 'C').append(';').append(c.note() == null ? "" : c.note())
                .append('\n'));
        if (summary != null && summary.written()) {
            text.append("summary.text=").append(summary.text() == null ? "" : digest(summary.text()))
                    .append("\nsummary.document=").append(summary.documentSha256() == null ? ""
                            : summary.documentSha256()).append('\n');
        }
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The SHA-256 of the canonical snapshot, as stored with the version. */
    public static String sha256(Map<String, ReportCell> cells, WrittenSummary summary) {
        return digest(canonical(cells, summary));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private ReportTable table(Context context, TableDefinition layout, ReportStatus status,
            Map<String, ReportCell> cells, boolean live, List<ReportVersion> versions, List<String> checked,
            WrittenSummary summary) {
        List<String> inconsistent = new ArrayList<>(checked);
        for (ReportCell cell : cells.values()) {
            if (!cell.consistent() && !inconsistent.contains(cell.key())) {
                inconsistent.add(cell.key());
            }
        }
        boolean late = versions.stream().anyMatch(ReportVersion::late) || (status.open()
                && context.period.pastDeadline(context.union.getType(), LocalDate.now(clock)));
        return new ReportTable(context.period, layout, context.union, status, late, cells, live, versions,
                inconsistent, store.reminders(context.period.id(), layout.form(), context.union.getId()), summary,
                context.period.deadlineFor(context.union.getType()));
    }

    /** The layout a version was frozen in (R-STAT-08); the period's when the version predates the record of it. */
    private TableDefinition layoutOf(ReportVersion version, Context context) {
        return version.definition() == null ? context.definition
                : definitions.find(version.definition()).orElse(context.definition);
    }

    /** Snapshot cells at their kind's scale (the columns keep two decimals for every kind). */
    private static Map<String, ReportCell> normalised(TableDefinition layout, Map<String, ReportCell> stored) {
        Map<String, ReportCell> cells = new LinkedHashMap<>();
        layout.cells().values().forEach(cell -> {
            ReportCell value = stored.get(cell.key());
            if (value != null) {
                CellKind kind = cell.kind();
                cells.put(cell.key(), new ReportCell(cell.key(), kind.normalise(value.total()),
                        kind.normalise(value.own()), kind.normalise(value.children()), value.manual(), value.note()));
            }
        });
        return cells;
    }

    private Map<String, ReportCell> live(Context context, TableDefinition layout, Map<String, ReportStore.Manual> manual,
            Map<String, BigDecimal> children) {
        MeasureFacts facts = measures.of(context.union.getId(), periods.span(context.period));
        Map<String, ReportCell> cells = new LinkedHashMap<>();
        layout.cells().values().forEach(cell -> {
            CellKind kind = cell.kind();
            BigDecimal own;
            String note = null;
            if (cell.source() instanceof CellSource.Measure measure) {
                own = facts.value(measure);
            } else {
                ReportStore.Manual entered = manual.get(cell.key());
                own = entered == null ? BigDecimal.ZERO : entered.value();
                note = entered == null ? null : entered.note();
            }
            own = kind.normalise(own);
            BigDecimal fromChildren = kind.normalise(children.get(cell.key()));
            cells.put(cell.key(), new ReportCell(cell.key(), own.add(fromChildren), own, fromChildren, cell.manual(),
                    note));
        });
        return cells;
    }

    private static BigDecimal parse(String value, CellKind kind) {
        try {
            BigDecimal amount = new BigDecimal(value == null ? "" : value.strip().replace(",", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || (kind == CellKind.COUNT && amount.stripTrailingZeros()
                    .scale() > 0) || amount.compareTo(new BigDecimal("100000000000000")) >= 0) {
                throw DomainException.onField("value", "report.manual.invalid");
            }
            return kind.normalise(amount);
        } catch (NumberFormatException notANumber) {
            throw DomainException.onField("value", "report.manual.invalid");
        }
    }

    /** Outside the actor's subtree: out of scope; inside it but not a direct child: refused (R-STAT-09). */
    private void requireParent(Actor actor, Organisation child) {
        actor.requireReach(child.path());
        ReportingRules.PARENT.require(new ReportingRules.ParentCase(child.getParentId() != null
                && child.getParentId() == actor.organisationId()));
    }

    /** The period, the form in its layout, and the union, which must take part (be in the period's tree). */
    private Context context(long periodId, String form, long unionId) {
        ReportingPeriod period = periods.find(periodId);
        String layout = period.layoutOf(form);
        if (layout == null) {
            throw new NotFoundException("report form", form);
        }
        TableDefinition definition = definitions.find(layout)
                .orElseThrow(() -> new NotFoundException("report definition", layout));
        Organisation union = organisations.findById(unionId).orElseThrow(() -> new NotFoundException("union", unionId));
        if (!periods.definerPath(period).contains(union.path())) {
            throw new OutsideScopeException("union " + unionId + " takes no part in period " + periodId);
        }
        return new Context(period, definition, union);
    }

    private record Context(ReportingPeriod period, TableDefinition definition, Organisation union) {
    }
}
