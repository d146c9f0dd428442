package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.FieldChange;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEntry.BankEntry;
import org.unionaid.domain.hardship.FileEntry.MemberEntry;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Not one transaction per test: every use case commits or rolls back on its own, as a request does,
 * so a refused revision leaves nothing behind (people here are fresh {@link TestIds}).
 */
@WebIntegrationTest
class FileRevisionTest {

    private static final Hardship ILLNESS = new Hardship(
            Set.of(HardshipCause.SERIOUS_ILLNESS_SELF), HardshipCause.SERIOUS_ILLNESS_SELF, Set.of(Need.MEDICAL),
            FileLevel.BASE);

    @Autowired
    FileRegistration registration;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    private FileEntry entry(String workerId, String card, MemberEntry... members) {
        return new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "周明", workerId, List.of(members), null,
                card == null ? null : new BankEntry(Bank.ICBC, card, "周明"), ILLNESS);
    }

    /** A draft paid on a card of its own: one card, one active file (R-CARD-01). */
    private HardshipFile open(String workerId, MemberEntry... members) {
        return registration.open(demo.actor("clerk"), entry(workerId, TestCards.next(), members));
    }

    @Test
    void aDraftIsCorrectedFieldByFieldAndBlankNumbersKeepTheNumbersOnFile() {
        String workerId = TestIds.next();
        String spouseId = TestIds.next();
        HardshipFile file = open(workerId, new MemberEntry("李秀英", Relation.SPOUSE, spouseId));

        registration.revise(demo.actor("clerk"), file.getId(), entry(null, "",
                new MemberEntry("李秀兰", Relation.SPOUSE, null, "高血压", EmploymentStatus.FLEXIBLE,
                        Money.parse("income", "18000"), null, 0),
                new MemberEntry("周小雨", Relation.CHILD, TestIds.next(), null, null, null, SchoolLevel.UNDERGRADUATE,
                        null)), null);

        HardshipFile revised = registration.view(demo.actor("clerk"), file.getId());
        assertThat(revised.getWorkerId().reveal(protector)).isEqualTo(workerId);
        assertThat(revised.getMembers().get(0).getIdNumber().reveal(protector)).isEqualTo(spouseId);
        assertThat(revised.getMembers().get(1).isStudent()).isTrue();
        assertThat(revised.getBankAccount().getCardMasked()).isEqualTo(file.getBankAccount().getCardMasked());

        FileHistory.Entry latest = registration.history(demo.actor("clerk"), file.getId()).get(0);
        assertThat(latest.event()).isEqualTo(FileEvent.REVISED);
        assertThat(latest.changes()).contains(
                new FieldChange("member.1.name", "李秀英", "李秀兰"),
                new FieldChange("member.1.health", null, "高血压"),
                new FieldChange("member.1.employment", null, "FLEXIBLE"),
                new FieldChange("member.1.yearlyIncome", null, "18000.00"),
                new FieldChange("member.2.school", null, "UNDERGRADUATE"));
        assertThat(latest.changes()).extracting(FieldChange::field)
                .doesNotContain("workerId", "member.1.idNumber", "bankCard");
        assertThat(latest.touchesBankAccount()).isFalse();
        assertThat(latest.changes()).allSatisfy(change -> {
            assertThat(String.valueOf(change.before())).doesNotContain(spouseId);
            assertThat(String.valueOf(change.after())).doesNotContain(spouseId);
        });
    }

    @Test
    void changedCausesAndNeedsAreStoredAndListedInTheHistory() {
        HardshipFile file = open(TestIds.next());
        FileEntry more = new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "周明", null, List.of(), null,
                new BankEntry(Bank.ICBC, "", "周明"), new Hardship(
                        Set.of(HardshipCause.SERIOUS_ILLNESS_SELF, HardshipCause.CHILDREN_SCHOOLING),
                        HardshipCause.CHILDREN_SCHOOLING, Set.of(Need.MEDICAL, Need.EDUCATION), FileLevel.BASE));

        registration.revise(demo.actor("clerk"), file.getId(), more, null);

        HardshipFile revised = registration.view(demo.actor("clerk"), file.getId());
        assertThat(revised.hardship()).hasValueSatisfying(hardship -> {
            assertThat(hardship.causes()).containsExactlyInAnyOrder(HardshipCause.SERIOUS_ILLNESS_SELF,
                    HardshipCause.CHILDREN_SCHOOLING);
            assertThat(hardship.mainCause()).isEqualTo(HardshipCause.CHILDREN_SCHOOLING);
            assertThat(hardship.needs()).containsExactlyInAnyOrder(Need.MEDICAL, Need.EDUCATION);
        });
        assertThat(registration.history(demo.actor("clerk"), file.getId()).get(0).changes()).contains(
                new FieldChange("causes", "SERIOUS_ILLNESS_SELF", "CHILDREN_SCHOOLING,SERIOUS_ILLNESS_SELF"),
                new FieldChange("needs", "MEDICAL", "EDUCATION,MEDICAL"));
    }

    @Test
    void aNewCardNeedsAReasonAndItsChangeIsMarkedForAuditors() {
        String otherCard = TestCards.next();
        HardshipFile refused = open(TestIds.next());
        assertThatThrownBy(() -> registration.revise(demo.actor("clerk"), refused.getId(),
                entry(null, otherCard), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("file.revise.reasonRequired");
                });

        HardshipFile file = open(TestIds.next());
        registration.revise(demo.actor("clerk"), file.getId(), entry(null, otherCard), "原卡已挂失，换农行卡");

        FileHistory.Entry latest = registration.history(demo.actor("clerk"), file.getId()).get(0);
        assertThat(latest.touchesBankAccount()).isTrue();
        assertThat(latest.reason()).isEqualTo("原卡已挂失，换农行卡");
        assertThat(latest.changes()).containsExactly(
                new FieldChange("bankCard", file.getBankAccount().getCardMasked(),
                        BankCardNumber.parse("card", otherCard).masked()));
    }

    @Test
    void aReturnedFileIsRevisedWithAReasonAndASubmittedOneNotAtAll() {
        HardshipFile file = open(TestIds.next());
        registration.submit(demo.actor("clerk"), file.getId());

        assertThatThrownBy(() -> registration.revise(demo.actor("clerk"), file.getId(), entry(null, ""), "改电话"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));

        registration.returnToClerk(demo.actor("reviewer"), file.getId(), "家庭成员未填写完整");
        FileEntry withSpouse = entry(null, "", new MemberEntry("陈丽", Relation.SPOUSE, TestIds.next()));
        assertThatThrownBy(() -> registration.revise(demo.actor("clerk"), file.getId(), withSpouse, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        registration.revise(demo.actor("clerk"), file.getId(), withSpouse, "补充配偶信息");
        assertThat(registration.submit(demo.actor("clerk"), file.getId()).getMembers()).hasSize(1);
    }

    @Test
    void aClerkOfAnotherSubtreeCannotReviseTheFile() {
        HardshipFile file = open(TestIds.next());

        assertThatThrownBy(() -> registration.revise(demo.actor("yuhang.admin", Role.CLERK), file.getId(),
                entry(null, ""), "试图修改"))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> registration.forRevision(demo.actor("yuhang.admin", Role.CLERK), file.getId()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void aMemberTakenOutOfTheHouseholdIsFreedAndOneActiveElsewhereIsRefused() {
        String memberId = TestIds.next();
        String elsewhereId = TestIds.next();
        HardshipFile file = open(TestIds.next(), new MemberEntry("刘强", Relation.SIBLING, memberId));
        registration.open(demo.actor("admin", Role.CLERK), new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "赵红",
                elsewhereId, List.of()));

        assertThatThrownBy(() -> registration.revise(demo.actor("clerk"), file.getId(),
                entry(null, "", new MemberEntry("赵红", Relation.SPOUSE, elsewhereId)), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.person.activeElsewhere");
                    assertThat(e.arguments()).doesNotContain(elsewhereId);
                });

        registration.revise(demo.actor("clerk"), file.getId(), entry(null, ""), null);
        HardshipFile ownFile = registration.open(demo.actor("admin", Role.CLERK),
                new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "刘强", memberId, List.of()));
        assertThat(ownFile.getStatus().name()).isEqualTo("DRAFT");
    }

    @Test
    void theEditPageNeverSendsAClearNumberAndSavingRecordsTheChange() throws Exception {
        String workerId = TestIds.next();
        String spouseId = TestIds.next();
        HardshipFile file = open(workerId, new MemberEntry("李秀英", Relation.SPOUSE, spouseId));

        mvc.perform(get("/files/{id}/edit", file.getId()).with(demo.as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(file.getWorkerId().masked())))
                .andExpect(content().string(not(containsString(workerId))))
                .andExpect(content().string(not(containsString(spouseId))))
                .andExpect(content().string(not(containsString(file.getBankAccount().revealCard(protector)))));

        mvc.perform(post("/files/{id}", file.getId()).with(demo.as("clerk")).with(csrf())
                .param("workerName", "周明").param("workerIdNumber", "").param("phone", "13812345678")
                .param("addressRegion", "330106").param("address", "文三路 100 号")
                .param("causes", "SERIOUS_ILLNESS_SELF").param("mainCause", "SERIOUS_ILLNESS_SELF")
                .param("needs", "MEDICAL").param("level", "BASE")
                .param("members[0].name", "李秀英").param("members[0].relation", "SPOUSE")
                .param("members[0].idNumber", "").param("members[0].existing", "0")
                .param("bank", "ICBC").param("bankCardNumber", "").param("bankHolder", "周明"))
                .andExpect(redirectedUrl("/files/" + file.getId()));

        mvc.perform(get("/files/{id}", file.getId()).param("tab", "history").with(demo.as("clerk")))
                .andExpect(content().string(containsString("联系电话")))
                .andExpect(content().string(containsString("13812345678")))
                .andExpect(content().string(containsString("住址所在区县")));
        mvc.perform(get("/files/{id}", file.getId()).with(demo.as("clerk")))
                .andExpect(content().string(containsString("浙江省 杭州市 西湖区")));
    }

    @Test
    void anUnknownDivisionIsRefusedNextToTheField() throws Exception {
        HardshipFile file = open(TestIds.next());

        mvc.perform(post("/files/{id}", file.getId()).with(demo.as("clerk")).with(csrf())
                .param("workerName", "周明").param("addressRegion", "339999")
                .param("causes", "SERIOUS_ILLNESS_SELF").param("mainCause", "SERIOUS_ILLNESS_SELF")
                .param("needs", "MEDICAL").param("level", "BASE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有这个行政区划代码")));
    }

    @Test
    void theEditPageOfAnotherSubtreesFileIsForbidden() throws Exception {
        HardshipFile file = open(TestIds.next());

        mvc.perform(get("/files/{id}/edit", file.getId()).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
    }
}
