package org.unionaid.web.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.domain.tracking.MonthlyIncome;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class IncomeTrackingTest {

    @Autowired
    IncomeTracking tracking;

    @Autowired
    FileRegistration registration;

    @Autowired
    MinimumLivingStandards standards;

    @Autowired
    Organisations organisations;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    private RegionCode region;

    @BeforeEach
    void everyMonthOfTheWindowHasAStandard() {
        region = organisations.findById(demo.organisationId("ZJ-HZ-XH-LJ")).orElseThrow().getRegionCode();
        YearMonth first = tracking.exitWindowStart();
        for (int year = first.getYear(); year <= YearMonth.now(clock).getYear(); year++) {
            if (standards.applicable(region, year).isEmpty()) {
                standards.add(new MinimumLivingStandard(region, year, new StandardFigures(Money.yuan("1000"),
                        StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE, "测试")));
            }
        }
    }

    /** Records {@code months} months from the window's start for a household of two at {@code perHead} over the standard. */
    private void record(HardshipFile file, int months, String overStandardPerHead) {
        for (int i = 0; i < months; i++) {
            YearMonth month = tracking.exitWindowStart().plusMonths(i);
            BigDecimal standard = standards.applicable(region, month.getYear()).orElseThrow().getMonthlyAmount()
                    .toBigDecimal();
            BigDecimal household = standard.add(new BigDecimal(overStandardPerHead)).multiply(BigDecimal.valueOf(2));
            tracking.record(demo.actor("clerk"), file.getId(), month, household.toPlainString(), 2);
        }
    }

    private List<Long> candidates(String login) {
        return tracking.exitCandidates(demo.actor(login), PageRequest.of(0, 500)).getContent().stream()
                .map(FileSummary::id).toList();
    }

    @Test
    void sixConsecutiveMonthsAboveTheStandardProposeAnExitAndFiveDoNot() {
        HardshipFile six = files.approved("脱困六");
        HardshipFile five = files.approved("脱困五");
        HardshipFile atTheStandard = files.approved("脱困等");
        record(six, 6, "0.01");
        record(five, 5, "0.01");
        record(atTheStandard, 5, "0.01");
        // The sixth month exactly at the standard per head: still eligible for help.
        YearMonth last = tracking.exitWindowStart().plusMonths(5);
        BigDecimal standard = standards.applicable(region, last.getYear()).orElseThrow().getMonthlyAmount()
                .toBigDecimal();
        tracking.record(demo.actor("clerk"), atTheStandard.getId(), last, standard.multiply(BigDecimal.valueOf(2)).toPlainString(), 2);

        assertThat(candidates("reviewer")).contains(six.getId()).doesNotContain(five.getId(), atTheStandard.getId());

        // A correction of the same month replaces the earlier figure: now the fifth file qualifies too.
        tracking.record(demo.actor("clerk"), five.getId(), last, "99999", 2);
        assertThat(candidates("reviewer")).contains(six.getId(), five.getId());
        List<MonthlyIncome> shown = tracking.ofFile(demo.actor("reviewer"), five.getId());
        assertThat(shown).hasSize(6).first().satisfies(month -> {
            assertThat(month.month()).isEqualTo(last);
            assertThat(month.perHead()).isEqualTo(Money.yuan("49999.50"));
            assertThat(month.aboveStandard()).isTrue();
        });
    }

    @Test
    void anotherSubtreeNeitherSeesTheCandidateNorRecordsItsIncome() throws Exception {
        HardshipFile file = files.approved("脱困外");
        record(file, 6, "100");

        assertThat(candidates("reviewer")).contains(file.getId());
        assertThat(tracking.exitCandidates(demo.actor("yuhang.admin", Role.REVIEWER), PageRequest.of(0, 500))
                .getContent()).extracting(FileSummary::id).doesNotContain(file.getId());
        assertThatThrownBy(() -> tracking.record(demo.actor("yuhang.admin", Role.CLERK), file.getId(),
                tracking.exitWindowStart(), "100", 1)).isInstanceOf(OutsideScopeException.class);
        mvc.perform(post("/files/{id}/income", file.getId()).with(demo.as("yuhang.admin")).with(csrf())
                .param("month", tracking.exitWindowStart().toString()).param("householdIncome", "100")
                .param("householdSize", "1")).andExpect(status().isForbidden());
        String page = mvc.perform(get("/files/exit-candidates").with(demo.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("脱困外");
    }

    @Test
    void aFutureMonthADraftAndANegativeIncomeAreRefusedWithTheirReason() {
        HardshipFile file = files.approved("脱困错");
        HardshipFile draft = registration.open(demo.actor("clerk"), new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"),
                "脱困草", TestIds.next(), List.of()));

        assertThatThrownBy(() -> tracking.record(demo.actor("clerk"), file.getId(), YearMonth.now(clock).plusMonths(1),
                "100", 1)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("income.month.future"));
        assertThatThrownBy(() -> tracking.record(demo.actor("clerk"), file.getId(), YearMonth.now(clock), "-1", 1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("money.negative"));
        assertThatThrownBy(() -> tracking.record(demo.actor("clerk"), draft.getId(), YearMonth.now(clock), "100", 1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("income.fileNotApproved"));
    }
}
