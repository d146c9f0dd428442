package org.unionaid.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.bankfile.Alignment;
import org.unionaid.domain.bankfile.AmountFormat;
import org.unionaid.domain.bankfile.BankFileFormat;
import org.unionaid.domain.bankfile.LineEnding;
import org.unionaid.domain.bankfile.TemplateField;
import org.unionaid.domain.bankfile.TemplateSection;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.assistance.MeasureStatus;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.ChainProblem;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Role;

/**
 * Keeps the two languages honest: the same keys in Chinese and English, every key a template or
 * enum needs present, and no text typed straight into a template where a translation cannot reach.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Text between tags that holds a letter (Latin or Chinese), i.e. words a person reads. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

    /** Attributes people read, written without th: (so not translated). */
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "(?<!th:)\\b(placeholder|title|alt|aria-label)=\"[^\"]*\\p{L}");

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();

        assertThat(difference(chinese, english)).as("keys missing in messages_en").isEmpty();
        assertThat(difference(english, chinese)).as("keys missing in messages_zh_CN").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownInPagesHasItsLabels() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        List<String> needed = new ArrayList<>();
        for (Role role : Role.values()) {
            needed.add("role." + role);
            needed.add("role." + role + ".duty");
        }
        for (OrganisationType type : OrganisationType.values()) {
            needed.add("organisation.type." + type);
        }
        for (AuditAction action : AuditAction.values()) {
            needed.add("audit.action." + action);
        }
        for (AuditOutcome outcome : AuditOutcome.values()) {
            needed.add("audit.outcome." + outcome);
        }
        for (FileStatus status : FileStatus.values()) {
            needed.add("file.status." + status);
        }
        for (FileEvent event : FileEvent.values()) {
            needed.add("file.event." + event);
        }
        for (Relation relation : Relation.values()) {
            needed.add("relation." + relation);
        }
        for (HardshipCategory category : HardshipCategory.values()) {
            needed.add("category." + category);
        }
        for (AttachmentKind kind : AttachmentKind.values()) {
            needed.add("attachment.kind." + kind);
        }
        for (HardshipCause cause : HardshipCause.values()) {
            needed.add("cause." + cause);
        }
        for (Need need : Need.values()) {
            needed.add("need." + need);
        }
        for (FileLevel level : FileLevel.values()) {
            needed.add("level." + level);
        }
        for (EmploymentStatus status : EmploymentStatus.values()) {
            needed.add("employment." + status);
        }
        for (HouseholdRegister register : HouseholdRegister.values()) {
            needed.add("householdRegister." + register);
        }
        for (ModelWorkerLevel level : ModelWorkerLevel.values()) {
            needed.add("modelWorker." + level);
        }
        for (Bank bank : Bank.values()) {
            needed.add("bank." + bank);
        }
        for (Batch.Status status : Batch.Status.values()) {
            needed.add("bankfile.batchStatus." + status);
        }
        for (LineStatus status : LineStatus.values()) {
            needed.add("bankfile.lineStatus." + status);
        }
        for (BankFileFormat format : BankFileFormat.values()) {
            needed.add("bankfile.format." + format);
        }
        for (LineEnding ending : LineEnding.values()) {
            needed.add("bankfile.lineEnding." + ending);
        }
        for (TemplateSection section : TemplateSection.values()) {
            needed.add("bankfile.section." + section);
        }
        for (TemplateField field : TemplateField.values()) {
            needed.add("bankfile.field." + field);
        }
        for (Alignment alignment : Alignment.values()) {
            needed.add("bankfile.alignment." + alignment);
        }
        for (AmountFormat format : AmountFormat.values()) {
            needed.add("bankfile.amountFormat." + format);
        }
        for (ExclusionFlag flag : ExclusionFlag.values()) {
            needed.add("exclusion." + flag);
        }
        for (VisitKind kind : VisitKind.values()) {
            needed.add("visit.kind." + kind);
        }
        for (MeasureStatus status : MeasureStatus.values()) {
            needed.add("measure.status." + status);
        }
        for (ExitReason reason : ExitReason.values()) {
            needed.add("exitReason." + reason);
        }
        for (IncomeCheckResult result : IncomeCheckResult.values()) {
            needed.add("incomeCheck." + result);
        }
        for (SchoolLevel level : SchoolLevel.values()) {
            needed.add("school." + level);
        }
        for (MatchingSource source : MatchingSource.values()) {
            needed.add("matchingSource." + source);
        }
        for (FundSource source : FundSource.values()) {
            needed.add("fundSource." + source);
        }
        for (FundPurpose purpose : FundPurpose.values()) {
            needed.add("fundPurpose." + purpose);
        }
        for (PaymentMethod method : PaymentMethod.values()) {
            needed.add("batch.method." + method);
        }
        for (LineStatus status : LineStatus.values()) {
            needed.add("batch.line." + status);
        }
        for (Batch.Status status : Batch.Status.values()) {
            needed.add("batch.status." + status);
        }
        for (AccountKind kind : AccountKind.values()) {
            needed.add("ledger.account." + kind);
        }
        for (EntryKind kind : EntryKind.values()) {
            needed.add("ledger.entryKind." + kind);
        }
        for (ChainProblem problem : ChainProblem.values()) {
            needed.add("ledger.chainProblem." + problem);
        }
        assertThat(keys).containsAll(needed);
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            // Comments and style sheets (the PDF pages carry theirs inline) are not text a reader sees.
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->|<style.*?</style>", "");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                String words = text.group(1).strip();
                if (!words.matches("\\[\\[.*]]")) {
                    literals.add(template.getFileName() + ": " + words);
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                literals.add(template.getFileName() + ": " + attribute.group());
            }
        }
        assertThat(literals).as("text that must come from messages_*.properties").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
