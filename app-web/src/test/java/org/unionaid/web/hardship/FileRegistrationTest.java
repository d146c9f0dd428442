package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.CategoryReview;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.FieldChange;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEntry.MemberEntry;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/** Specifies R-FILE-01, R-CAT-01 (docs/rules.md). */
@WebIntegrationTest
@Transactional
class FileRegistrationTest {

    @Autowired
    FileRegistration registration;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CategoryReview categories;

    @Autowired
    MinimumLivingStandards standards;

    @Autowired
    Clock clock;

    @Autowired
    OrganisationAdministration organisationAdministration;

    private FileEntry file(String union, String workerId, MemberEntry... members) {
        return new FileEntry(demo.organisationId(union), "王建华", workerId, List.of(members));
    }

    @Test
    void opensADraftWithItsHouseholdAndNeverStoresANumberInClear() {
        String workerId = TestIds.next();
        String spouseId = TestIds.next();
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", workerId.toLowerCase(),
                new MemberEntry("李秀英", Relation.SPOUSE, spouseId), new MemberEntry("王小明", Relation.CHILD, TestIds.next())));

        assertThat(file.getStatus()).isEqualTo(FileStatus.DRAFT);
        assertThat(file.getMembers()).hasSize(2);
        assertThat(file.getBirthDate().toString().replace("-", "")).isEqualTo(workerId.substring(6, 14));
        assertThat(file.getGender()).isEqualTo((workerId.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        assertThat(file.getWorkerId().masked()).isEqualTo(workerId.substring(0, 6) + "********" + workerId.substring(14));
        assertThat(file.getWorkerId().reveal(protector)).isEqualTo(workerId.toUpperCase());

        byte[] stored = jdbc.sql("select worker_id_sealed from hardship_file where id = :id").param("id", file.getId())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(workerId.substring(6, 14));
        assertThat(jdbc.sql("select count(*) from active_person_claim where file_id = :id").param("id", file.getId())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theSameWorkerInAnotherUnionIsRefusedNamingTheUnionThatHoldsThem() {
        String workerId = TestIds.next();
        registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", workerId));

        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-NB-YZ-KD", workerId)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.person.activeElsewhere");
                    assertThat(e.arguments()).containsExactly("杭州西湖龙井茶业有限公司工会");
                });
    }

    @Test
    void aHouseholdMemberOfAnActiveFileCannotBeFiledAgain() {
        String memberId = TestIds.next();
        registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next(),
                new MemberEntry("李秀英", Relation.SPOUSE, memberId)));

        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-HZ-XH-HW", memberId)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.person.activeElsewhere"));
    }

    @Test
    void onePersonTwiceInOneFileIsRefusedOnTheField() {
        String id = TestIds.next();
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", id,
                new MemberEntry("重复", Relation.SPOUSE, id))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("members[0].idNumber"));
    }

    @Test
    void aLegacyFifteenDigitNumberIsRefusedWithTheReason() {
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", "330106850312003")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("residentId.legacy15");
                    assertThat(e.field()).isEqualTo("workerIdNumber");
                });
    }

    @Test
    void filesBelongToBaseUnionsInTheClerksSubtree() {
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-YH-FZ", TestIds.next())))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-HZ-XH", TestIds.next())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.organisation.notBase"));
    }

    @Test
    void anotherSubtreeCannotSeeTheFile() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        assertThatThrownBy(() -> registration.view(demo.actor("yuhang.admin"), file.getId()))
                .isInstanceOf(OutsideScopeException.class);
        assertThat(registration.view(demo.actor("auditor"), file.getId()).getId()).isEqualTo(file.getId());
    }

    @Test
    void submitReturnWithAReasonAndResubmit() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        long id = file.getId();

        registration.submit(demo.actor("clerk"), id);
        assertThatThrownBy(() -> registration.submit(demo.actor("clerk"), id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));
        assertThatThrownBy(() -> registration.returnToClerk(demo.actor("reviewer"), id, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.return.reasonRequired"));
        assertThatThrownBy(() -> registration.returnToClerk(demo.actor("clerk"), id, "缺少收入证明"))
                .as("a clerk is no reviewer").isInstanceOf(OutsideScopeException.class);

        assertThat(registration.returnToClerk(demo.actor("reviewer"), id, "缺少收入证明").getReturnReason())
                .isEqualTo("缺少收入证明");
        assertThat(registration.submit(demo.actor("clerk"), id).getStatus()).isEqualTo(FileStatus.SUBMITTED);
    }

    @Test
    void theHistoryCannotBeRewritten() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        assertThat(registration.history(demo.actor("clerk"), file.getId())).extracting(FileHistory.Entry::event)
                .containsExactly(FileEvent.OPENED);

        assertThatThrownBy(() -> jdbc.sql("update file_history set reason = 'rewritten' where file_id = :id")
                .param("id", file.getId()).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theCategoryIsSuggestedAgainstTheStandardInForceAndItsFiguresAreKept() {
        int year = LocalDate.now(clock).getYear();
        standards.add(new MinimumLivingStandard(new RegionCode("330106"), year, new StandardFigures(
                Money.yuan("1000"), StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE,
                null)));
        // 3 people, (40,000 − 8,000) ÷ 12 ÷ 3 = 888.89 a month: below 1,000
        HardshipFile file = registration.open(demo.actor("clerk"), new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"),
                "钱伟", TestIds.next(), List.of(new MemberEntry("钱妻", Relation.SPOUSE, TestIds.next()),
                        new MemberEntry("钱子", Relation.CHILD, TestIds.next())),
                new Finances(Money.yuan("40000"), Money.yuan("8000"), Money.ZERO, Set.of())));

        assertThat(file.getAssessment().getMonthlyPerHead()).isEqualTo(Money.yuan("888.89"));
        assertThat(file.getSuggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(file.getAssessment().getAssessedStandard()).isEqualTo(Money.yuan("1000"));
        assertThat(file.getAssessment().getAssessedYear()).isEqualTo(year);
    }

    @Test
    void withoutAStandardThereIsNoSuggestionButTheReason() {
        // A union registered in a division (江苏 南京 玄武区) for which no standard is set.
        long union = organisationAdministration.create(demo.actor("admin"), demo.organisationId("ZJ-NB-HS"),
                new OrganisationDetails("T-NO-STANDARD", "无标准地区测试工会", OrganisationType.BASE,
                        new RegionCode("320102"), false, null, null)).getId();
        HardshipFile file = registration.open(demo.actor("admin", Role.CLERK), new FileEntry(
                union, "冯刚", TestIds.next(), List.of(),
                new Finances(Money.yuan("20000"), Money.ZERO, Money.ZERO,
                        Set.of(ExclusionFlag.PRIVATE_MOTOR_VEHICLE))));

        assertThat(file.getSuggestedCategory()).isNull();
        assertThat(file.getAssessment().getSuggestionReason()).isEqualTo("category.reason.noStandard");
        assertThat(file.finances().exclusions()).containsExactly(ExclusionFlag.PRIVATE_MOTOR_VEHICLE);
    }

    @Test
    void withoutAnIncomeThereIsNoSuggestionRatherThanADeepOne() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));

        assertThat(file.getSuggestedCategory()).isNull();
        assertThat(file.getAssessment().getMonthlyPerHead()).isNull();
        assertThat(file.getAssessment().getSuggestionReason()).isEqualTo("category.reason.noIncome");
    }

    @Test
    void theReviewerConfirmsTheSuggestionOrOverridesItWithAReason() {
        HardshipFile file = registration.open(demo.actor("clerk"), new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"),
                "彭涛", TestIds.next(), List.of(),
                new Finances(Money.yuan("12000"), Money.ZERO, Money.ZERO, Set.of())));
        long id = file.getId();
        assertThat(file.getSuggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThatThrownBy(() -> categories.decide(demo.actor("reviewer"), id, HardshipCategory.DEEP, null))
                .as("only a submitted file").isInstanceOf(DomainException.class);

        registration.submit(demo.actor("clerk"), id);
        assertThatThrownBy(() -> categories.decide(demo.actor("reviewer"), id, HardshipCategory.RELATIVE, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.category.overrideReason"));
        assertThatThrownBy(() -> categories.decide(demo.actor("clerk"), id, HardshipCategory.DEEP, null))
                .isInstanceOf(OutsideScopeException.class);

        assertThat(categories.decide(demo.actor("reviewer"), id, HardshipCategory.DEEP, null)
                .getConfirmedCategory()).isEqualTo(HardshipCategory.DEEP);
        HardshipFile overridden = categories.decide(demo.actor("reviewer"), id, HardshipCategory.RELATIVE,
                "配偶有稳定的灵活就业收入，未计入申报");
        assertThat(overridden.getConfirmedCategory()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(registration.history(demo.actor("reviewer"), id).get(0).changes())
                .containsExactly(new FieldChange("confirmedCategory", "DEEP", "RELATIVE"));
    }
}
