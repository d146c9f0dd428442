package org.unionaid.web.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileDownload;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankFileInspection;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.Figure;
import org.unionaid.domain.bankfile.Reconciliation;
import org.unionaid.domain.bankfile.ReturnProblem;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** Bank files and return files of the district's condolence batches, on the real ledger and PostgreSQL. */
@WebIntegrationTest
@Transactional
class BankFileTest {

    static final String CSV = "通用 CSV（UTF-8）";
    static final String FIXED = "工商银行代发定长（GBK）";
    static final Charset GBK = Charset.forName("GBK");

    @Autowired
    BankFileGeneration generation;

    @Autowired
    BankFileDownload fileDownload;

    @Autowired
    BankReturnImport returnImport;

    @Autowired
    BankFileInspection inspection;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    Disbursement disbursement;

    @Autowired
    Batches batches;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    private Actor finance;
    private long district;
    private Campaign campaign;

    @BeforeEach
    void aCampaignWithMoney() {
        finance = demo.actor("finance");
        district = demo.organisationId("ZJ-HZ-XH");
        campaign = fundedCampaign(campaigns, intake, demo, clock);
    }

    static Campaign fundedCampaign(CampaignAdministration campaigns, FundIntake intake, DemoUsers demo, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("银行文件" + UUID.randomUUID(),
                today.getYear(), today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "100000", today, "YH-" + UUID.randomUUID().toString().substring(0, 8), null,
                null, null));
        return campaign;
    }

    /** An approved condolence batch paying exactly these households (the first at 1,500, the others 2,000). */
    static Batch approvedBatch(Disbursement disbursement, DemoUsers demo, Campaign campaign, HardshipFile... payees) {
        Actor finance = demo.actor("finance");
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        Set<Long> ours = Arrays.stream(payees).map(HardshipFile::getId).collect(Collectors.toSet());
        List<BatchLine> lines = disbursement.lines(finance, batch.id());
        lines.stream().filter(l -> !ours.contains(l.fileId())).forEach(l -> disbursement.removeLine(finance, l.id()));
        assertThat(disbursement.lines(finance, batch.id())).hasSize(payees.length);
        lines.stream().filter(l -> l.fileId() == payees[0].getId()).findFirst()
                .ifPresent(l -> disbursement.editLine(finance, l.id(), "1500", "已领取部分实物"));
        return disbursement.approve(demo.actor("approver"), batch.id());
    }

    private Batch approvedBatch(HardshipFile... payees) {
        return approvedBatch(disbursement, demo, campaign, payees);
    }

    static long template(TemplateAdministration templates, DemoUsers demo, String name) {
        return templates.templates(demo.actor("finance")).stream().filter(t -> t.name().equals(name))
                .mapToLong(BankFileTemplate::id).findFirst().orElseThrow();
    }

    private long template(String name) {
        return template(templates, demo, name);
    }

    private List<BatchLine> lines(Batch batch) {
        return disbursement.lines(finance, batch.id());
    }

    private BatchLine lineOf(Batch batch, HardshipFile file) {
        return lines(batch).stream().filter(l -> l.fileId() == file.getId()).findFirst().orElseThrow();
    }

    /** A return file line: reference, masked card, name, amount, status, reason. */
    static String row(BatchLine line, HardshipFile file, String amount, String status, String reason) {
        return String.join(",", line.reference(), file.getBankAccount().getCardMasked(), file.getWorkerName(), amount,
                status, reason);
    }

    static byte[] returnFile(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    private Money balance(AccountKind kind) {
        return ledger.balance(district, kind, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE);
    }

    private static String key(DomainException e) {
        return e.messageKey();
    }

    @Test
    void generatingAgainGivesTheSameBytesAndEveryDownloadIsAuditedWithoutTheCard() {
        HardshipFile first = files.approvedWithCard("银行甲", FileLevel.COUNTY);
        HardshipFile second = files.approvedWithCard("银行乙", FileLevel.COUNTY);
        Batch batch = approvedBatch(first, second);
        assertThat(lines(batch)).extracting(BatchLine::status).containsOnly(LineStatus.PENDING);

        BankFile file = generation.generate(finance, batch.id(), template(CSV), false, null);
        byte[] bytes = fileDownload.download(finance, file.id()).content();
        BankFile again = generation.generate(finance, batch.id(), template(CSV), false, null);
        byte[] sameBytes = fileDownload.download(finance, again.id()).content();

        assertThat(again.id()).isEqualTo(file.id());
        assertThat(sameBytes).isEqualTo(bytes);
        assertThat(file.version()).isEqualTo(1);
        assertThat(lines(batch)).extracting(BatchLine::status).containsOnly(LineStatus.SENT);
        // SENT is read from the batch's file: generating it wrote nothing to the lines.
        assertThat(jdbc.sql("select distinct status from disbursement_line where batch_id = :batch")
                .param("batch", batch.id()).query(String.class).list()).containsExactly("PENDING");
        String text = new String(bytes, StandardCharsets.UTF_8);
        String firstCard = first.getBankAccount().revealCard(protector);
        Map<Long, HardshipFile> payees = Map.of(first.getId(), first, second.getId(), second);
        // Lines in the order of their ids, whatever the names.
        List<String> expected = new java.util.ArrayList<>(List.of("业务参考号,收款卡号,户名,金额,开户银行,用途"));
        lines(batch).stream().sorted(java.util.Comparator.comparingLong(BatchLine::id)).forEach(line -> {
            HardshipFile payee = payees.get(line.fileId());
            expected.add(line.reference() + "," + payee.getBankAccount().revealCard(protector) + ","
                    + payee.getWorkerName() + "," + line.amount() + ",中国工商银行,送温暖慰问");
        });
        expected.add("合计,2,3500.00");
        assertThat(text.split("\r\n")).containsExactlyElementsOf(expected);
        assertThat(text).endsWith("\r\n");
        String audited = demo.lastAuditDetail("finance", "BANK_FILE_DOWNLOAD");
        assertThat(audited).contains(file.sha256()).doesNotContain(firstCard);
        assertThat(demo.lastAuditDetail("finance", "BANK_FILE_GENERATE")).contains(file.sha256())
                .doesNotContain(firstCard);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'BANK_FILE_DOWNLOAD' and target_id = :id")
                .param("id", String.valueOf(file.id())).query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> generation.generate(finance, batch.id(), template(FIXED), false, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("bankfile.otherTemplate"));
    }

    @Test
    void aFileSealedInTheEarlierBase64FormDownloadsAsGeneratedAndAnAlteredOneIsRefused() {
        Batch batch = approvedBatch(files.approvedWithCard("旧格式甲", FileLevel.COUNTY));
        BankFile file = generation.generate(finance, batch.id(), template(CSV), false, null);
        byte[] bytes = fileDownload.download(finance, file.id()).content();

        storeSealed(file, protector.seal(Purpose.BANK_FILE, Base64.getEncoder().encodeToString(bytes)));
        assertThat(fileDownload.download(finance, file.id()).content()).isEqualTo(bytes);

        byte[] altered = bytes.clone();
        altered[altered.length - 3]++;
        storeSealed(file, protector.sealBytes(Purpose.BANK_FILE, altered));
        assertThatThrownBy(() -> fileDownload.download(finance, file.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SHA-256");
    }

    /** Replaces a stored file's sealed bytes past the trigger that forbids it (rolled back with the test). */
    private void storeSealed(BankFile file, byte[] sealed) {
        jdbc.sql("alter table bank_file disable trigger bank_file_void_only").update();
        jdbc.sql("update bank_file set content_sealed = :sealed where id = :id").param("sealed", sealed)
                .param("id", file.id()).update();
        jdbc.sql("alter table bank_file enable trigger bank_file_void_only").update();
    }

    @Test
    void aNewVersionVoidsTheOldOneAndTheFixedWidthFileCountsBytesInGbk() {
        HardshipFile first = files.approvedWithCard("欧阳喆", FileLevel.COUNTY);
        HardshipFile second = files.approvedWithCard("买买提·艾力", FileLevel.COUNTY);
        HardshipFile third = files.approvedWithCard("王堃", FileLevel.COUNTY);
        Batch batch = approvedBatch(first, second, third);
        BankFile v1 = generation.generate(finance, batch.id(), template(CSV), false, null);

        assertThatThrownBy(() -> generation.generate(finance, batch.id(), template(FIXED), true, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("bankfile.newVersion.reasonRequired"));
        BankFile v2 = generation.generate(finance, batch.id(), template(FIXED), true, "银行要求定长格式");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(inspection.files(finance, batch.id())).extracting(BankFile::version, BankFile::isVoided)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(1, true));
        assertThatThrownBy(() -> fileDownload.download(finance, v1.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(key(e)).isEqualTo("bankfile.voided"));
        byte[] bytes = fileDownload.download(finance, v2.id()).content();
        String[] lines = new String(bytes, GBK).split("\r\n");
        assertThat(lines).hasSize(5);
        // Detail lines are 111 bytes in GBK whatever the name: a Chinese character takes two.
        for (int i = 1; i <= 3; i++) {
            assertThat(lines[i].getBytes(GBK)).hasSize(111);
        }
        List<BatchLine> byId = lines(batch).stream().sorted(java.util.Comparator.comparingLong(BatchLine::id)).toList();
        assertThat(lines[1]).startsWith("D000001" + byId.get(0).reference());
        assertThat(lines[3]).startsWith("D000003" + byId.get(2).reference());
        String firstLine = Arrays.stream(lines).filter(l -> l.contains(lineOf(batch, first).reference())).findFirst()
                .orElseThrow();
        assertThat(firstLine).contains("欧阳喆" + " ".repeat(30 - 6)).contains("000000000150000");
        assertThat(lines).anyMatch(l -> l.contains("买买提·艾力")).anyMatch(l -> l.contains("王堃"));
        assertThat(lines[0]).startsWith("H" + String.format("%-20s", "UA" + batch.id()))
                .contains("00000003" + "000000000550000");
        assertThat(lines[4]).isEqualTo("T00000003000000000550000");
        assertThat(new String(bytes, GBK).getBytes(GBK)).isEqualTo(bytes);
    }

    @Test
    void aCharacterOutsideGbkRefusesTheFileNamingTheWorkerAndIsNeverReplaced() {
        assertThat(GBK.newEncoder().canEncode("𠈌")).isFalse();
        assertThat(GBK.newEncoder().canEncode("䶮")).isFalse(); // U+4DAE: in GB18030, not in GBK
        HardshipFile plain = files.approvedWithCard("陈平", FileLevel.COUNTY);
        HardshipFile rare = files.approvedWithCard("李𠈌", FileLevel.COUNTY);
        Batch batch = approvedBatch(plain, rare);

        assertThatThrownBy(() -> generation.generate(finance, batch.id(), template(FIXED), false, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(key(e)).isEqualTo("bankfile.line.unencodable");
                    String sequence = lineOf(batch, rare).id() > lineOf(batch, plain).id() ? "2" : "1";
                    assertThat(e.arguments()).containsExactly(sequence, "李𠈌", "𠈌", "U+2020C", "GBK");
                });
        assertThat(inspection.files(finance, batch.id())).isEmpty();
        assertThat(lines(batch)).extracting(BatchLine::status).containsOnly(LineStatus.PENDING);

        HardshipFile yan = files.approvedWithCard("刘䶮", FileLevel.COUNTY);
        Batch another = approvedBatch(yan);
        assertThatThrownBy(() -> generation.generate(finance, another.id(), template(FIXED), false, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.arguments()).containsExactly("1", "刘䶮", "䶮", "U+4DAE", "GBK"));

        // UTF-8 holds every character: the same batch goes out in the generic CSV.
        BankFile utf8 = generation.generate(finance, batch.id(), template(CSV), false, null);
        assertThat(new String(fileDownload.download(finance, utf8.id()).content(), StandardCharsets.UTF_8))
                .contains(",李𠈌,");
    }

    @Test
    void aReturnFileWithAnyDefectAppliesNothingAndReportsEachLineByNumber() {
        HardshipFile first = files.approvedWithCard("回盘甲", FileLevel.COUNTY);
        HardshipFile second = files.approvedWithCard("回盘乙", FileLevel.COUNTY);
        HardshipFile elsewhere = files.approvedWithCard("回盘丙", FileLevel.COUNTY);
        Batch batch = approvedBatch(first, second);
        Batch other = approvedBatch(elsewhere);
        generation.generate(finance, batch.id(), template(CSV), false, null);
        Money committed = balance(AccountKind.COMMITTED);
        byte[] content = returnFile(StandardCharsets.UTF_8,
                "业务参考号,卡号,户名,金额,状态,原因",
                row(lineOf(batch, first), first, "1500.00", "成功", ""),
                "这一行不是回盘数据",
                row(lineOf(batch, second), second, "1999.00", "成功", ""),
                "UA999999L999999,6222****0000,查无此人,2000.00,成功,",
                row(lineOf(other, elsewhere), elsewhere, "2000.00", "成功", ""),
                row(lineOf(batch, first), first, "1500.00", "成功", ""),
                row(lineOf(batch, second), second, "2000.00", "已受理", ""));

        ReturnReport report = returnImport.importReturn(finance, batch.id(), "return.csv", content);

        assertThat(report.outcome()).isEqualTo(ReturnReport.Outcome.REFUSED);
        assertThat(report.problems()).extracting(ReturnProblem::lineNumber, ReturnProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "bankreturn.malformed.columns"),
                org.assertj.core.groups.Tuple.tuple(4, "bankreturn.amountDiffers"),
                org.assertj.core.groups.Tuple.tuple(5, "bankreturn.unknownReference"),
                org.assertj.core.groups.Tuple.tuple(6, "bankreturn.otherBatch"),
                org.assertj.core.groups.Tuple.tuple(7, "bankreturn.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8, "bankreturn.malformed.status"));
        assertThat(report.problems().get(1).arguments()).containsExactly(lineOf(batch, second).reference(),
                Money.yuan("1999"), Money.yuan("2000"));
        assertThat(report.problems().get(4).arguments()).containsExactly(lineOf(batch, first).reference(), "2");
        assertThat(lines(batch)).extracting(BatchLine::status).containsOnly(LineStatus.SENT);
        // Nothing was applied, so both lines the refused file named are still pending.
        assertThat(report.pending()).extracting(ReturnReport.PendingLine::reference)
                .containsExactlyInAnyOrder(lineOf(batch, first).reference(), lineOf(batch, second).reference());
        assertThat(lineOf(other, elsewhere).status()).isEqualTo(LineStatus.PENDING);
        assertThat(balance(AccountKind.COMMITTED)).isEqualTo(committed);
        assertThat(inspection.returns(finance, batch.id())).isEmpty();
        // The refusal is on the record, by kind of problem, without the names or cards of the file.
        assertThat(demo.lastAuditDetail("finance", "BANK_RETURN_IMPORT")).contains("refused", "6 problems",
                "bankreturn.amountDiffers", "from line 3").doesNotContain("回盘", "查无此人", "6222");
    }

    @Test
    void aGoodReturnFilePaysAndFailsLinesOnTheLedgerOnceAndLeavesUnmentionedLinesPending() {
        HardshipFile paid = files.approvedWithCard("结算甲", FileLevel.COUNTY);
        HardshipFile failed = files.approvedWithCard("结算乙", FileLevel.COUNTY);
        HardshipFile later = files.approvedWithCard("结算丙", FileLevel.COUNTY);
        Batch batch = approvedBatch(paid, failed, later);
        generation.generate(finance, batch.id(), template(FIXED), false, null);
        Money available = balance(AccountKind.AVAILABLE);
        Money committed = balance(AccountKind.COMMITTED);
        Money disbursed = balance(AccountKind.DISBURSED);
        // Banks write their return files in GBK as often as not.
        byte[] content = returnFile(GBK,
                row(lineOf(batch, paid), paid, "1500.00", "成功", ""),
                row(lineOf(batch, failed), failed, "2000", "F", "账户已冻结"),
                "合计,2,3500.00");

        ReturnReport report = returnImport.importReturn(finance, batch.id(), "回盘20261123.csv", content);

        assertThat(report.outcome()).isEqualTo(ReturnReport.Outcome.APPLIED);
        assertThat(report.paid()).isEqualTo(new Figure(1, Money.yuan("1500")));
        assertThat(report.failed()).isEqualTo(new Figure(1, Money.yuan("2000")));
        assertThat(report.pending()).extracting(ReturnReport.PendingLine::reference)
                .containsExactly(lineOf(batch, later).reference());
        assertThat(lineOf(batch, paid).status()).isEqualTo(LineStatus.PAID);
        assertThat(lineOf(batch, failed)).satisfies(line -> {
            assertThat(line.status()).isEqualTo(LineStatus.FAILED);
            assertThat(line.failureReason()).isEqualTo("账户已冻结");
        });
        assertThat(lineOf(batch, later).status()).isEqualTo(LineStatus.SENT);
        // Each settled line names the stored return file that settled it; the pending one none yet.
        long returnId = inspection.returns(finance, batch.id()).get(0).id();
        assertThat(List.of(lineOf(batch, paid), lineOf(batch, failed))).extracting(BatchLine::settledByReturn)
                .containsOnly(returnId);
        assertThat(lineOf(batch, later).settledByReturn()).isNull();
        assertThat(balance(AccountKind.COMMITTED)).isEqualTo(committed.minus(Money.yuan("3500")));
        assertThat(balance(AccountKind.DISBURSED)).isEqualTo(disbursed.plus(Money.yuan("1500")));
        assertThat(balance(AccountKind.AVAILABLE)).isEqualTo(available.plus(Money.yuan("2000")));
        assertThat(ledger.balancesMatchPostings()).isTrue();
        Reconciliation figures = inspection.reconciliation(finance, batch.id());
        assertThat(figures.sent()).isEqualTo(new Figure(3, Money.yuan("5500")));
        assertThat(figures.pending()).isEqualTo(new Figure(1, Money.yuan("2000")));
        assertThat(figures.balanced()).isTrue();
        // The failed household may be paid in a later batch; the paid one may not.
        assertThat(batches.claimed(campaign.id(), FundPurpose.CONDOLENCE, List.of(paid.getId(), failed.getId()), null))
                .containsExactly(paid.getId());

        ReturnReport again = returnImport.importReturn(finance, batch.id(), "copy.csv", content);

        assertThat(again.outcome()).isEqualTo(ReturnReport.Outcome.ALREADY_IMPORTED);
        assertThat(demo.lastAuditDetail("finance", "BANK_RETURN_IMPORT"))
                .contains("imported before as return " + again.earlier().id(), "nothing changed");
        assertThat(again.earlier().paid()).isEqualTo(new Figure(1, Money.yuan("1500")));
        assertThat(balance(AccountKind.DISBURSED)).isEqualTo(disbursed.plus(Money.yuan("1500")));
        assertThat(inspection.returns(finance, batch.id())).hasSize(1);

        // A later file repeating the settled lines changes them no more, and settles the pending one.
        ReturnReport rest = returnImport.importReturn(finance, batch.id(), "回盘2.csv", returnFile(StandardCharsets.UTF_8,
                row(lineOf(batch, paid), paid, "1500.00", "S", ""),
                row(lineOf(batch, later), later, "2000.00", "成功", "")));
        assertThat(rest.outcome()).isEqualTo(ReturnReport.Outcome.APPLIED);
        assertThat(rest.unchanged()).isEqualTo(1);
        assertThat(rest.paid()).isEqualTo(new Figure(1, Money.yuan("2000")));
        assertThat(balance(AccountKind.DISBURSED)).isEqualTo(disbursed.plus(Money.yuan("3500")));
        // One entry per return file and outcome, citing the file, each for the total of its lines: the line
        // paid in the first file and repeated in the second is in the first entry only.
        assertThat(jdbc.sql("""
                select e.kind || ' ' || p.amount from ledger_entry e join ledger_posting p on p.entry_id = e.id
                 where e.document_type = 'bank_return' and p.account_kind in ('DISBURSED', 'AVAILABLE')
                   and e.document_id in (select id from bank_return where batch_id = :batch)
                 order by e.id""").param("batch", batch.id()).query(String.class).list())
                .containsExactly("DISBURSEMENT 1500.00", "BANK_RETURN 2000.00", "DISBURSEMENT 2000.00");
        assertThat(jdbc.sql("select count(*) from ledger_entry where document_type = 'disbursement_line'"
                + " and document_id in (select id from disbursement_line where batch_id = :batch)")
                .param("batch", batch.id()).query(Long.class).single()).isZero();
        assertThat(inspection.reconciliation(finance, batch.id())).satisfies(r -> {
            assertThat(r.pending()).isEqualTo(Figure.NONE);
            assertThat(r.ledgerPaid()).isEqualTo(Money.yuan("3500"));
            assertThat(r.ledgerReturned()).isEqualTo(Money.yuan("2000"));
            assertThat(r.balanced()).isTrue();
        });
        ReturnReport contradiction = returnImport.importReturn(finance, batch.id(), "回盘3.csv",
                returnFile(StandardCharsets.UTF_8, row(lineOf(batch, paid), paid, "1500.00", "失败", "户名不符")));
        assertThat(contradiction.problems()).extracting(ReturnProblem::messageKey)
                .containsExactly("bankreturn.conflict.paid");
        assertThatThrownBy(() -> generation.generate(finance, batch.id(), template(CSV), true, "重新发送"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("bankfile.newVersion.afterReturn"));
    }

    @Test
    void onlyTheFinanceOfficerOfThePayingUnionHandlesItsBankFiles() {
        HardshipFile payee = files.approvedWithCard("越权甲", FileLevel.COUNTY);
        Batch batch = approvedBatch(payee);
        BankFile file = generation.generate(finance, batch.id(), template(CSV), false, null);
        Actor outsider = demo.actor("yuhang.admin", Role.FINANCE, Role.ADMIN);

        assertThatThrownBy(() -> fileDownload.download(outsider, file.id())).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> generation.generate(outsider, batch.id(), template(CSV), true, "改版"))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> returnImport.importReturn(outsider, batch.id(), "r.csv", new byte[] {1}))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> inspection.reconciliation(demo.actor("yuhang.admin"), batch.id()))
                .isInstanceOf(OutsideScopeException.class);
        // Someone above may look at the batch but not take its card numbers.
        assertThat(inspection.files(demo.actor("auditor"), batch.id())).hasSize(1);
        assertThatThrownBy(() -> fileDownload.download(demo.actor("auditor"), file.id()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void aFileOfThousandsOfLinesIsWrittenInLineOrderAndARefusalDeepInItStopsItWhole() {
        HardshipFile template = files.approvedWithCard("大文件模板", FileLevel.COUNTY);
        int copies = 2_500;
        String rare = "李𠈌";
        // Copies of one approved file, each its own worker holding the card; the 1,800th's name is outside GBK,
        // so the refusal comes from a chunk in the middle of the lines being written. Each copy's card has a blind
        // index of its own: copies sharing one card would each be refused payment (R-CARD-02).
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns
                 where table_name = 'hardship_file' and table_schema = current_schema() order by ordinal_position
                """).query(String.class).list();
        String name = "case when n = 1800 then '" + rare + "' else '大文件' || n end";
        String values = String.join(", ", columns.stream().map(c -> switch (c) {
            case "id" -> "nextval('hardship_file_seq')";
            case "worker_name", "bank_holder" -> name;
            case "bank_card_index" -> "f.bank_card_index || int4send(n)";
            default -> "f." + c;
        }).toList());
        jdbc.sql("insert into hardship_file (" + String.join(", ", columns) + ") select " + values
                + " from hardship_file f cross join generate_series(1, " + copies + ") n where f.id = :template")
                .param("template", template.getId()).update();
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                String.valueOf(2000L * (copies + 100)), LocalDate.now(clock), "DW-" + campaign.id(), null, null, null));
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        disbursement.approve(demo.actor("approver"), batch.id());
        List<BatchLine> byId = lines(batch).stream().sorted(java.util.Comparator.comparingLong(BatchLine::id)).toList();
        assertThat(byId).hasSizeGreaterThan(copies);
        int rareSequence = 1 + byId.indexOf(byId.stream().filter(l -> l.workerName().equals(rare)).findFirst()
                .orElseThrow());

        assertThatThrownBy(() -> generation.generate(finance, batch.id(), template(FIXED), false, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(key(e)).isEqualTo("bankfile.line.unencodable");
                    assertThat(e.arguments()).containsExactly(String.valueOf(rareSequence), rare, "𠈌", "U+2020C",
                            "GBK");
                });
        assertThat(inspection.files(finance, batch.id())).isEmpty();
        assertThat(lines(batch)).extracting(BatchLine::status).containsOnly(LineStatus.PENDING);

        // UTF-8 holds the name: every line, in line order, each with the card opened.
        BankFile file = generation.generate(finance, batch.id(), template(CSV), false, null);
        String[] written = new String(fileDownload.download(finance, file.id()).content(), StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(file.lineCount()).isEqualTo(byId.size());
        assertThat(written).hasSize(byId.size() + 2);
        String card = template.getBankAccount().revealCard(protector);
        for (int i = 0; i < byId.size(); i++) {
            assertThat(written[i + 1]).startsWith(byId.get(i).reference() + ",");
            if (byId.get(i).workerName().startsWith("大文件") || byId.get(i).workerName().equals(rare)) {
                assertThat(written[i + 1]).startsWith(byId.get(i).reference() + "," + card + ","
                        + byId.get(i).workerName() + ",");
            }
        }
        assertThat(generation.generate(finance, batch.id(), template(CSV), false, null).sha256())
                .isEqualTo(file.sha256());
    }
}
