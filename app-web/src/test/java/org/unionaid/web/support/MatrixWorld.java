package org.unionaid.web.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.assistance.PhotoUpload;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.enterprise.EnterpriseAid;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.finding.EvidenceUpload;
import org.unionaid.domain.finding.Finding;
import org.unionaid.domain.finding.FindingWorkflow;
import org.unionaid.domain.finding.NewFinding;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileImport;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.notice.ObjectionChannel;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.recipient.NewRecipient;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.recipient.RecipientRegistration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.domain.workpaper.SampleKind;
import org.unionaid.domain.workpaper.Sampling;
import org.unionaid.reporting.statistics.SummaryWriting;

/**
 * The world the authorisation matrix walks: one object of every kind a URL names, in the demo tree — a file,
 * notice, photo, plan measure and upload of the tea company's union (杭州西湖龙井茶业有限公司工会, a base union),
 * a campaign, batch with its line, bank file and scan, allocation, transfer, delegation and ledger entry of its
 * district (西湖区总工会) — and a user of every role at the unions around them: the object's own union, the union
 * above it, a sibling, and a union below it. Built once per JVM and committed, with fresh people and a campaign of
 * its own, so that no other test meets its lines.
 */
@Component
public class MatrixWorld {

    /** Where an object lies for a user: the user's own union, a child of it, a sibling, its parent. */
    public enum Relation {
        OWN, CHILD, SIBLING, PARENT
    }

    /** The unions around the two places objects lie, by union code. */
    private static final Map<String, Map<Relation, String>> AROUND = Map.of(
            "ZJ-HZ-XH-LJ", Map.of(Relation.OWN, "ZJ-HZ-XH-LJ", Relation.CHILD, "ZJ-HZ-XH",
                    Relation.SIBLING, "ZJ-HZ-XH-HQ"),
            "ZJ-HZ-XH", Map.of(Relation.OWN, "ZJ-HZ-XH", Relation.CHILD, "ZJ-HZ", Relation.SIBLING, "ZJ-HZ-YH",
                    Relation.PARENT, "ZJ-HZ-XH-LJ"),
            "ZJ-HZ", Map.of(Relation.OWN, "ZJ-HZ", Relation.CHILD, "ZJ", Relation.SIBLING, "ZJ-NB",
                    Relation.PARENT, "ZJ-HZ-XH"),
            "ZJ", Map.of(Relation.OWN, "ZJ", Relation.PARENT, "ZJ-HZ"));

    public static final String BASE = "ZJ-HZ-XH-LJ";
    public static final String COUNTY = "ZJ-HZ-XH";
    /** Where the city's 低保标准 lies: reference data of the division 杭州市 covers. */
    public static final String CITY = "ZJ-HZ";
    /** The top union: what only its administrators keep (the holiday calendar, bank file templates). */
    public static final String TOP = "ZJ";

    private static World built;

    private final TransactionTemplate transaction;
    private final Organisations organisations;
    private final UserAccounts users;
    private final ApprovedFiles files;
    private final NoticeAdministration notices;
    private final AssistancePlanning planning;
    private final Visiting visiting;
    private final CampaignAdministration campaigns;
    private final FundIntake intake;
    private final Disbursement disbursement;
    private final BankFileGeneration generation;
    private final TemplateAdministration templates;
    private final Handover handover;
    private final FileImport fileImport;
    private final DemoUsers demo;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Desk desk;
    private final org.unionaid.domain.user.PasswordHasher passwords;
    private final Counted counted;

    /** What the statistics count besides files: named recipients, enterprises, written summaries (issue 17). */
    @Component
    static class Counted {
        final RecipientRegistration recipients;
        final EnterpriseAid enterprises;
        final SummaryWriting summaries;

        Counted(RecipientRegistration recipients, EnterpriseAid enterprises, SummaryWriting summaries) {
            this.recipients = recipients;
            this.enterprises = enterprises;
            this.summaries = summaries;
        }
    }

    /** The auditor's desk and the bank's return, kept apart from the constructor's long list. */
    @Component
    static class Desk {
        final AnomalyDetection runs;
        final FindingWorkflow findings;
        final Sampling sampling;
        final BankReturnImport returns;
        final FileRegistration registration;
        final UserDetailsService userDetails;

        Desk(AnomalyDetection runs, FindingWorkflow findings, Sampling sampling, BankReturnImport returns,
                FileRegistration registration, UserDetailsService userDetails) {
            this.runs = runs;
            this.findings = findings;
            this.sampling = sampling;
            this.returns = returns;
            this.registration = registration;
            this.userDetails = userDetails;
        }
    }

    MatrixWorld(TransactionTemplate transaction, Organisations organisations, UserAccounts users, ApprovedFiles files,
            NoticeAdministration notices, AssistancePlanning planning, Visiting visiting,
            CampaignAdministration campaigns, FundIntake intake, Disbursement disbursement,
            BankFileGeneration generation, TemplateAdministration templates, Handover handover, FileImport fileImport,
            DemoUsers demo, JdbcClient jdbc, Clock clock, Desk desk, org.unionaid.domain.user.PasswordHasher passwords,
            Counted counted) {
        this.desk = desk;
        this.counted = counted;
        this.passwords = passwords;
        this.transaction = transaction;
        this.organisations = organisations;
        this.users = users;
        this.files = files;
        this.notices = notices;
        this.planning = planning;
        this.visiting = visiting;
        this.campaigns = campaigns;
        this.intake = intake;
        this.disbursement = disbursement;
        this.generation = generation;
        this.templates = templates;
        this.handover = handover;
        this.fileImport = fileImport;
        this.demo = demo;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What was built: the ids a URL names (by a name such as {@code file} or {@code batch}), the logins of the
     * matrix's users by role and union code, and every ID number the world's files hold (for the masked pages).
     */
    public record World(Map<String, Long> ids, Map<String, String> logins, List<String> idNumbers,
            Map<String, String> texts) {

        public long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no " + name + " in the matrix world");
            }
            return id;
        }

        /** The login of the user with only {@code role} at the union {@code relation} to objects at {@code place}. */
        public String login(Role role, String place, Relation relation) {
            String union = AROUND.get(place).get(relation);
            return union == null ? null : logins.get(role + "@" + union);
        }

        /** The login of the user with only {@code role} at the district, for what names no object. */
        public String login(Role role) {
            return logins.get(role + "@" + COUNTY);
        }
    }

    /** The relations that exist around objects at {@code place} (a base union has no union below it). */
    public static Set<Relation> relationsAround(String place) {
        return AROUND.get(place).keySet();
    }

    /**
     * The world, built on first use on a thread of its own — so that it commits whatever transaction the asking
     * test runs in, and the anomaly run executes outside any transaction, as the desk's executor runs it.
     */
    public synchronized World world() {
        if (built == null) {
            built = java.util.concurrent.CompletableFuture.supplyAsync(this::buildAll).join();
        }
        return built;
    }

    private World buildAll() {
        World world = transaction.execute(status -> build());
        Actor auditor = actorOf(world.login(Role.AUDITOR));
        long run = transaction.execute(status -> desk.runs.start(auditor).id());
        desk.runs.execute(run);
        return transaction.execute(status -> withTheDesk(world, auditor, run));
    }

    /**
     * The auditor's desk over the district: a run of the anomaly rules (executed outside a transaction, as the
     * desk does), a finding against the tea company's union answered with evidence, a spot-check sample, and the
     * bank's return of the batch (what the trace of a return shows).
     */
    private World withTheDesk(World world, Actor auditor, long run) {
        Map<String, Long> ids = new LinkedHashMap<>(world.ids());
        ids.put("run", run);
        Finding finding = desk.findings.raise(auditor, new NewFinding(world.id("base"), "矩阵发现", "请核实", List.of(), null,
                null, null));
        ids.put("finding", finding.id());
        Actor baseClerk = actorOf(world.login(Role.CLERK, BASE, Relation.OWN));
        desk.findings.answer(baseClerk, finding.id(), "已整改", List.of(new EvidenceUpload("整改.pdf",
                "%PDF-1.4 整改".getBytes(StandardCharsets.UTF_8))));
        ids.put("evidence", jdbc.sql("select min(id) from finding_evidence").query(Long.class).single());
        ids.put("sample", desk.sampling.draw(auditor, SampleKind.FILES, null, 7L, new java.math.BigDecimal("50")).id());
        Actor finance = demo.actor("finance");
        BatchLine line = disbursement.lines(finance, world.id("batch")).get(0);
        HardshipFile payee = desk.registration.view(demo.actor("clerk"), world.id("file"));
        desk.returns.importReturn(finance, world.id("batch"), "回盘.csv", (String.join(",", line.reference(),
                payee.getBankAccount().getCardMasked(), payee.getWorkerName(), line.amount().toString(), "成功", "")
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        ids.put("return", jdbc.sql("select id from bank_return where batch_id = :batch").param("batch",
                world.id("batch")).query(Long.class).single());
        // A hit of the run, deepest union first (what the hit page and its dismissal name by rule and key).
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("select rule, hit_key from anomaly_hit where run_id = :run order by union_path desc, rule limit 1")
                .param("run", run).query().listOfRows().forEach(hit -> {
                    texts.put("rule", (String) hit.get("rule"));
                    texts.put("key", (String) hit.get("hit_key"));
                });
        return new World(Map.copyOf(ids), world.logins(), world.idNumbers(), Map.copyOf(texts));
    }

    private Actor actorOf(String login) {
        return ((org.unionaid.web.security.CurrentUser) desk.userDetails.loadUserByUsername(login)).actor("127.0.0.1");
    }

    private World build() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> logins = new HashMap<>();
        String hash = passwords.hash(DemoUsers.PASSWORD);
        for (String code : List.of("ZJ-HZ-XH-LJ", "ZJ-HZ-XH-HQ", "ZJ-HZ-XH", "ZJ-HZ", "ZJ-HZ-YH", "ZJ", "ZJ-NB")) {
            Organisation union = organisations.findById(demo.organisationId(code)).orElseThrow();
            for (Role role : Role.values()) {
                String login = ("mx-" + role.name().replace('_', '-') + "-" + code.replace("ZJ-", "") + "-" + tag)
                        .toLowerCase();
                users.add(new UserAccount(login, "矩阵" + role.ordinal(), union, EnumSet.of(role), hash));
                logins.put(role + "@" + code, login);
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        List<String> idNumbers = new ArrayList<>();
        String worker = TestIds.next();
        String spouse = TestIds.next();
        idNumbers.addAll(List.of(worker, spouse));
        HardshipFile file = files.approved(new FileEntry(demo.organisationId(BASE), "矩阵甲", worker,
                List.of(new FileEntry.MemberEntry("矩阵乙", org.unionaid.domain.hardship.Relation.SPOUSE, spouse)), null,
                new FileEntry.BankEntry(Bank.ICBC, TestCards.next(), "矩阵甲"),
                new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY, EnumSet.of(Need.LIVING),
                        FileLevel.COUNTY)));
        ids.put("file", file.getId());
        ids.put("attachment", jdbc.sql("select min(id) from file_attachment where file_id = :file")
                .param("file", file.getId()).query(Long.class).single());
        Actor clerk = demo.actor("clerk");
        Actor reviewer = demo.actor("reviewer");
        LocalDate today = LocalDate.now(clock);
        ids.put("measure", planning.plan(clerk, file.getId(), Need.LIVING, "介绍保洁岗位", "王芳", "工会干事",
                today.plusDays(30)).getId());
        Visit visit = visiting.toFile(clerk, file.getId(), today, VisitKind.HOME, "王芳", "慰问金", null,
                List.of(new PhotoUpload("门口.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0,
                        16, 'J', 'F', 'I', 'F'})));
        ids.put("photo", visiting.photosOf(List.of(visit)).get(visit.getId()).get(0).id());

        // A notice running now, with an objection on its file.
        String noticed = TestIds.next();
        idNumbers.add(noticed);
        HardshipFile onNotice = files.readyForNotice(new FileEntry(demo.organisationId(BASE), "矩阵丙", noticed,
                List.of()));
        long notice = notices.open(reviewer, new NewNotice(List.of(onNotice.getId()), today, 5, "公告栏", "工会办公室"))
                .getId();
        ids.put("notice", notice);
        ids.put("noticedFile", onNotice.getId());
        ids.put("objection", notices.recordObjection(reviewer, notice, onNotice.getId(), today,
                ObjectionChannel.PHONE, "反映其家中另有住房").getId());
        ids.put("upload", fileImport.upload(clerk, "矩阵.xlsx", "PK matrix".getBytes(StandardCharsets.UTF_8)));

        // The district's own campaign, funded, with an approved batch paying the file, its bank file and a scan.
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("矩阵" + tag, today.getYear(),
                today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        ids.put("campaign", campaign.id());
        Actor finance = demo.actor("finance");
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                "100000", today, "MX-" + tag, null, null, null));
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        for (BatchLine line : disbursement.lines(finance, batch.id())) {
            if (line.fileId() != file.getId()) {
                disbursement.removeLine(finance, line.id());
            }
        }
        ids.put("batch", batch.id());
        ids.put("line", disbursement.lines(finance, batch.id()).get(0).id());
        disbursement.approve(demo.actor("approver"), batch.id());
        long template = templates.templates(finance).get(0).id();
        ids.put("template", template);
        ids.put("bankFile", generation.generate(finance, batch.id(), template, false, null).id());
        ids.put("scan", handover.addScan(finance, batch.id(), "签字花名册.pdf",
                "%PDF-1.7 签字花名册".getBytes(StandardCharsets.UTF_8)).id());

        // The demo's own district documents.
        ids.put("allocation", one("select min(id) from allocation where from_union_id = :union", COUNTY));
        ids.put("transfer", one("select min(id) from balance_transfer where organisation_id = :union", COUNTY));
        ids.put("delegation", one("select min(id) from delegation where organisation_id = :union", COUNTY));
        ids.put("entry", one("""
                select min(e.id) from ledger_entry e join ledger_posting p on p.entry_id = e.id
                 where p.union_id = :union""", COUNTY));
        ids.put("standard", jdbc.sql("select min(id) from minimum_living_standard where region_code = '330100'")
                .query(Long.class).single());
        ids.put("county", demo.organisationId(COUNTY));
        ids.put("base", demo.organisationId(BASE));
        ids.put("countyUser", demo.userId("finance"));
        counted(ids, clerk);
        return new World(Map.copyOf(ids), Map.copyOf(logins), List.copyOf(idNumbers), Map.of());
    }

    /**
     * The demo's latest reporting period, and at the tea company's union a named recipient, a hardship enterprise and
     * a written summary uploaded for the period.
     */
    private void counted(Map<String, Long> ids, Actor clerk) {
        long period = jdbc.sql("select id from reporting_period order by year desc, id desc limit 1").query(Long.class)
                .single();
        ids.put("period", period);
        ids.put("recipient", counted.recipients.register(clerk, new NewRecipient(demo.organisationId(BASE),
                RecipientGroup.MODEL_WORKER, "矩阵丁", TestIds.next(), "龙井茶业", "省级劳动模范", null, null, null)).id());
        ids.put("enterprise", counted.enterprises.register(clerk, demo.organisationId(BASE), "矩阵茶厂", null,
                "订单减少，停产两月", 40).id());
        counted.summaries.upload(clerk, period, "总结.pdf", "%PDF-1.4 矩阵总结".getBytes(StandardCharsets.UTF_8));
        ids.put("summaryDocument", jdbc.sql("select max(id) from report_summary_document where organisation_id = :union")
                .param("union", demo.organisationId(BASE)).query(Long.class).single());
    }

    private long one(String sql, String unionCode) {
        return jdbc.sql(sql).param("union", demo.organisationId(unionCode)).query(Long.class).single();
    }
}
