package org.unionaid.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.AssistanceMeasure;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.assistance.MeasureStatus;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.assistance.Visits;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class FileApprovalTest {

    @Autowired
    FileApproval approval;

    @Autowired
    NoticeAdministration notices;

    @Autowired
    FileRegistration registration;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles journey;

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    AssistancePlanning planning;

    @Autowired
    Visiting visiting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    Clock clock;

    /** A file through review and a notice that ended two weeks ago: waiting for approval. */
    private HardshipFile noticePassed(String name, Actor reviewer, boolean decide) {
        return journey.noticePassed(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), name, TestIds.next(), List.of()),
                reviewer, decide);
    }

    /** The rule (message key) that refused each file. */
    private static Map<Long, String> keys(Map<Long, Refusal> refused) {
        return refused.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().messageKey()));
    }

    // R-APPR-01, R-APPR-03, R-MC-01
    // R-APPR-02
    @Test
    void theAssistanceCentreApprovesAFileWhoseNoticePassed() throws Exception {
        HardshipFile file = noticePassed("审批甲", demo.actor("reviewer"), true);
        mvc.perform(get("/approvals").with(demo.as("approver")))
                .andExpect(content().string(containsString("审批甲")));

        assertThat(approval.approve(demo.actor("approver"), List.of(file.getId()))).isEmpty();

        assertThat(registration.view(demo.actor("approver"), file.getId()).getStatus()).isEqualTo(FileStatus.APPROVED);
        assertThat(registration.history(demo.actor("approver"), file.getId()).get(0).event())
                .isEqualTo(FileEvent.APPROVED);
    }

    @Test
    void eachFileIsJudgedOnItsOwnAndWhoeverReviewedItCannotApproveIt() {
        HardshipFile undecided = noticePassed("审批乙", demo.actor("reviewer"), false);
        Actor districtReviewer = demo.actor("xihu.admin", Role.REVIEWER, Role.APPROVER);
        HardshipFile reviewedAbove = noticePassed("审批丙", districtReviewer, true);
        HardshipFile fine = noticePassed("审批丁", demo.actor("reviewer"), true);
        HardshipFile stillDraft = registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "审批戊", TestIds.next(), List.of()));

        var refused = keys(approval.approve(districtReviewer,
                List.of(undecided.getId(), reviewedAbove.getId(), fine.getId(), stillDraft.getId())));

        assertThat(refused).containsEntry(undecided.getId(), "file.approve.categoryUndecided")
                .containsEntry(reviewedAbove.getId(), "file.approve.makerChecker")
                .containsEntry(stillDraft.getId(), "approval.refused.notNoticePassed")
                .doesNotContainKey(fine.getId());
        assertThat(registration.view(districtReviewer, fine.getId()).getStatus()).isEqualTo(FileStatus.APPROVED);
    }

    @Test
    void theBaseUnionCannotApproveItsOwnFilesAndTheApproverCanReturnOne() throws Exception {
        HardshipFile file = noticePassed("审批己", demo.actor("reviewer"), true);

        assertThat(keys(approval.approve(demo.actor("reviewer", Role.APPROVER), List.of(file.getId()))))
                .containsEntry(file.getId(), "approval.refused.sameUnion");
        mvc.perform(post("/approvals/{id}/return", file.getId()).with(demo.as("approver")).with(csrf())
                .param("reason", "缺少住院结算单据"))
                .andExpect(status().is3xxRedirection());

        HardshipFile returned = registration.view(demo.actor("approver"), file.getId());
        assertThat(returned.getStatus()).isEqualTo(FileStatus.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("缺少住院结算单据");
        mvc.perform(get("/approvals").with(demo.as("clerk"))).andExpect(status().isForbidden());
    }

    @Test
    void theIncomeCheckIsRecordedByTheReviewerOrApproverAndKeptInTheHistory() throws Exception {
        HardshipFile file = noticePassed("核对甲", demo.actor("reviewer"), true);

        mvc.perform(post("/files/{id}/income-check", file.getId()).with(demo.as("approver")).with(csrf())
                .param("checkedOn", "2026-03-02").param("result", "CONSISTENT").param("reference", "杭民核〔2026〕118号"))
                .andExpect(status().is3xxRedirection());

        HardshipFile checked = registration.view(demo.actor("approver"), file.getId());
        assertThat(checked.getIncomeCheck().getResult()).isEqualTo(IncomeCheckResult.CONSISTENT);
        assertThat(registration.history(demo.actor("approver"), file.getId()).get(0).event())
                .isEqualTo(FileEvent.INCOME_CHECKED);
        mvc.perform(get("/files/{id}", file.getId()).param("tab", "hardship").with(demo.as("approver")))
                .andExpect(content().string(containsString("与申报相符")))
                .andExpect(content().string(containsString("杭民核〔2026〕118号")));
        // Recording the check does not make the approver one of the file's makers.
        assertThat(approval.approve(demo.actor("approver"), List.of(file.getId()))).isEmpty();
        mvc.perform(post("/files/{id}/income-check", file.getId()).with(demo.as("clerk")).with(csrf())
                .param("checkedOn", "2026-03-02").param("result", "CONSISTENT"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> registration.recordIncomeCheck(demo.actor("reviewer"), file.getId(),
                LocalDate.of(2099, 1, 1), IncomeCheckResult.CONSISTENT, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("checkedOn"));
    }

    @Test
    void aClosedFileReleasesItsPeopleSoTheyMayBeFiledAgain() throws Exception {
        HardshipFile approved = noticePassed("脱困甲", demo.actor("reviewer"), true);
        approval.approve(demo.actor("approver"), List.of(approved.getId()));
        String workerId = registration.view(demo.actor("approver"), approved.getId()).getWorkerId()
                .reveal(protector);

        assertThatThrownBy(() -> registration.exit(demo.actor("approver"), approved.getId(), ExitReason.RE_EMPLOYED, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("closingNote"));
        mvc.perform(post("/files/{id}/exit", approved.getId()).with(demo.as("clerk")).with(csrf())
                .param("exitReason", "RE_EMPLOYED").param("note", "已在新单位就业"))
                .andExpect(status().isForbidden());
        registration.exit(demo.actor("approver"), approved.getId(), ExitReason.RE_EMPLOYED, "2026年9月起在新单位稳定就业");

        HardshipFile exited = registration.view(demo.actor("approver"), approved.getId());
        assertThat(exited.getStatus()).isEqualTo(FileStatus.EXITED);
        assertThat(exited.getClosing().getExitReason()).isEqualTo(ExitReason.RE_EMPLOYED);
        HardshipFile again = registration.open(demo.actor("admin", Role.CLERK),
                new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "脱困甲", workerId, List.of()));
        assertThat(again.getStatus()).isEqualTo(FileStatus.DRAFT);

        HardshipFile draft = registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "注销乙", TestIds.next(), List.of()));
        registration.cancel(demo.actor("reviewer"), draft.getId(), "重复录入");
        assertThat(registration.view(demo.actor("reviewer"), draft.getId()).getStatus()).isEqualTo(FileStatus.CANCELLED);
        assertThatThrownBy(() -> registration.cancel(demo.actor("reviewer"), draft.getId(), "再次注销"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));
    }

    @Test
    void anApprovedFileGetsAPlanWhoseOverdueMeasuresAreCounted() throws Exception {
        HardshipFile file = noticePassed("计划甲", demo.actor("reviewer"), true);
        assertThatThrownBy(() -> planning.plan(demo.actor("clerk"), file.getId(), Need.MEDICAL, "协助申请大病救助",
                "李娜", "工会主席", LocalDate.of(2026, 3, 31)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("measure.fileNotApproved"));
        approval.approve(demo.actor("approver"), List.of(file.getId()));
        long before = planning.overdue(demo.actor("clerk"));

        mvc.perform(post("/files/{id}/plan", file.getId()).with(demo.as("clerk")).with(csrf())
                .param("measureNeed", "MEDICAL").param("description", "协助申请大病医疗救助").param("cadreName", "李娜")
                .param("cadrePost", "工会主席").param("dueOn", "2026-03-31"))
                .andExpect(status().is3xxRedirection());
        AssistanceMeasure measure = planning.planOf(demo.actor("clerk"), file.getId()).get(0);
        assertThat(planning.overdue(demo.actor("clerk"))).isEqualTo(before + 1);
        mvc.perform(get("/files/{id}", file.getId()).param("tab", "plan").with(demo.as("clerk")))
                .andExpect(content().string(containsString("协助申请大病医疗救助")))
                .andExpect(content().string(containsString("table-danger")));

        assertThatThrownBy(() -> planning.progress(demo.actor("clerk"), measure.getId(), MeasureStatus.DONE, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("result"));
        planning.progress(demo.actor("clerk"), measure.getId(), MeasureStatus.DONE, "已获医疗救助 1.2 万元");
        assertThat(planning.overdue(demo.actor("clerk"))).isEqualTo(before);
        assertThatThrownBy(() -> planning.planOf(demo.actor("yuhang.admin"), file.getId()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void visitsCoverTheApprovedFilesOfTheSubtreeAndListThoseNotVisited() throws Exception {
        HardshipFile visited = noticePassed("走访甲", demo.actor("reviewer"), true);
        HardshipFile waiting = noticePassed("走访乙", demo.actor("reviewer"), true);
        approval.approve(demo.actor("approver"), List.of(visited.getId(), waiting.getId()));
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 11, 1);
        Visits.Coverage before = visiting.coverage(demo.actor("clerk"), from, to);

        mvc.perform(post("/files/{id}/visits", visited.getId()).with(demo.as("clerk")).with(csrf())
                .param("visitedOn", "2026-10-28").param("kind", "HOME").param("visitors", "李娜（工会主席）")
                .param("given", "慰问金 1000 元、米油"))
                .andExpect(status().is3xxRedirection());
        visiting.toGroup(demo.actor("clerk"), "茶园一线采茶职工", 30, LocalDate.of(2026, 10, 30), VisitKind.AT_POST,
                "李娜", "防暑降温用品", null, List.of());

        Visits.Coverage after = visiting.coverage(demo.actor("clerk"), from, to);
        assertThat(after.approvedFiles()).isEqualTo(before.approvedFiles());
        assertThat(after.visitedFiles()).isEqualTo(before.visitedFiles() + 1);
        assertThat(visiting.notVisited(demo.actor("clerk"), from, to)).extracting(Visits.NotVisited::workerName)
                .contains("走访乙").doesNotContain("走访甲");
        assertThat(visiting.coverageByChild(demo.actor("xihu.admin"), from, to)).anySatisfy(union -> {
            assertThat(union.unionName()).isEqualTo("杭州西湖龙井茶业有限公司工会");
            assertThat(union.coverage().approvedFiles()).isGreaterThanOrEqualTo(2);
            assertThat(union.coverage().visitedFiles()).isGreaterThanOrEqualTo(1);
        });
        mvc.perform(get("/visits").param("from", from.toString()).param("to", to.toString()).with(demo.as("clerk")))
                .andExpect(content().string(containsString("走访乙")));
        assertThatThrownBy(() -> visiting.toFile(demo.actor("yuhang.admin", Role.CLERK), visited.getId(),
                LocalDate.of(2026, 10, 28), VisitKind.HOME, "某人", null, null, List.of()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void aFileVerifiedAYearAgoIsDueAndItsReverificationUpdatesIncomeAndDate() throws Exception {
        HardshipFile file = noticePassed("复核甲", demo.actor("reviewer"), true);
        approval.approve(demo.actor("approver"), List.of(file.getId()));
        assertThat(registration.view(demo.actor("clerk"), file.getId()).getLastVerifiedOn()).isEqualTo(LocalDate.now(clock));
        // A year passes: the approval is written, then its date moved back.
        em.flush();
        jdbc.sql("update hardship_file set last_verified_on = :day where id = :id")
                .param("day", LocalDate.now(clock).minusMonths(13)).param("id", file.getId()).update();
        em.clear();
        assertThat(registration.dueForReverification(demo.actor("clerk"), PageRequest.of(0, 500)).getContent())
                .extracting(FileSummary::id).contains(file.getId());

        FileEntry now = new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "复核甲", null, List.of(),
                new Finances(Money.yuan("36000"), Money.ZERO, Money.ZERO, java.util.Set.of()));
        assertThatThrownBy(() -> registration.reverify(demo.actor("clerk"), file.getId(), now, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        registration.reverify(demo.actor("clerk"), file.getId(), now, "入户核实，配偶已就业");

        HardshipFile reverified = registration.view(demo.actor("clerk"), file.getId());
        assertThat(reverified.getStatus()).isEqualTo(FileStatus.APPROVED);
        assertThat(reverified.getLastVerifiedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(reverified.finances().yearlyIncome()).isEqualTo(Money.yuan("36000"));
        assertThat(registration.history(demo.actor("clerk"), file.getId()).get(0).event()).isEqualTo(FileEvent.REVERIFIED);
        assertThat(registration.dueForReverification(demo.actor("clerk"), PageRequest.of(0, 500)).getContent())
                .extracting(FileSummary::id).doesNotContain(file.getId());
        mvc.perform(get("/files/{id}/reverify", file.getId()).with(demo.as("clerk")))
                .andExpect(content().string(containsString("年度复核")));
    }
}
