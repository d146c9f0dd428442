package org.unionaid.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryCampaigns;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/** Setting up a campaign from its form, and who may see it. */
class CampaignAdministrationTest {

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation province = tree.root("ZJ", OrganisationType.PROVINCE);
    private final Organisation city = tree.under(province, "HZ", OrganisationType.CITY);
    private final Organisation county = tree.under(city, "XH", OrganisationType.COUNTY);
    private final Organisation otherCounty = tree.under(city, "BJ", OrganisationType.COUNTY);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(organisations);
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final CampaignAdministration administration = new CampaignAdministration(campaigns, organisations,
            auditLog, FixedClock.on(2026, 3, 1));
    private final Actor cityAdmin = Actors.admin(city);

    private static CampaignDraft draft() {
        Map<HardshipCategory, Map<FundPurpose, String>> standards = new EnumMap<>(HardshipCategory.class);
        standards.put(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2,000", FundPurpose.LIVING, ""));
        standards.put(HardshipCategory.RELATIVE, Map.of(FundPurpose.CONDOLENCE, "1000元"));
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        sources.put(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.UNIT_DONATION, FundSource.OWN_UNION_FUNDS));
        sources.put(FundPurpose.LIVING, EnumSet.of(FundSource.CENTRAL_SPECIAL, FundSource.PROVINCIAL_SPECIAL));
        return new CampaignDraft(" 2026年元旦春节送温暖 ", 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 10), "1,200", standards, sources);
    }

    private static CampaignDraft draft(UnaryOperator<CampaignDraft> change) {
        return change.apply(draft());
    }

    private static CampaignDraft withSources(Map<FundPurpose, Set<FundSource>> sources) {
        CampaignDraft d = draft();
        return new CampaignDraft(d.name(), d.year(), d.startsOn(), d.endsOn(), d.reportingDeadline(),
                d.studyLivingCostMonthly(), d.standards(), sources);
    }

    /** DOMAIN §6: 生活救助, 医疗救助, 子女助学, and 法律援助, 职业培训, 职业介绍 (employment aid). */
    private static final Set<FundPurpose> CENTRAL_MONEY_PURPOSES = EnumSet.of(FundPurpose.LIVING, FundPurpose.MEDICAL,
            FundPurpose.EDUCATION, FundPurpose.EMPLOYMENT);

    private DomainException refusal(CampaignDraft draft) {
        try {
            administration.create(cityAdmin, draft);
        } catch (DomainException e) {
            assertThat(campaigns.findById(1)).as("nothing stored").isEmpty();
            assertThat(auditLog.entries()).as("nothing logged").isEmpty();
            return e;
        }
        throw new AssertionError("the campaign was created");
    }

    @Test
    void aCampaignIsOrganisedByTheActorsOwnUnionAndLogged() {
        Campaign campaign = administration.create(cityAdmin, draft());

        assertThat(campaign.organisationId()).isEqualTo(city.getId());
        assertThat(campaign.organisationName()).isEqualTo("HZ工会");
        assertThat(campaign.name()).isEqualTo("2026年元旦春节送温暖");
        assertThat(campaigns.findById(campaign.id())).contains(campaign);
        assertThat(campaigns.creatorOf(campaign.id())).contains(cityAdmin.userId());
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.CAMPAIGN_CREATE);
        assertThat(auditLog.last().targetId()).isEqualTo(String.valueOf(campaign.id()));
        assertThat(auditLog.last().detail()).isEqualTo("2026年元旦春节送温暖");
    }

    @Test
    void typedAmountsBecomeStandardsAndBlankOnesAreNone() {
        Campaign campaign = administration.create(cityAdmin, draft());

        assertThat(campaign.standards()).containsExactlyInAnyOrder(
                new Campaign.PaymentStandard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE, Money.yuan("2000")),
                new Campaign.PaymentStandard(HardshipCategory.RELATIVE, FundPurpose.CONDOLENCE, Money.yuan("1000")));
        assertThat(campaign.studyLivingCostMonthly()).isEqualTo(Money.yuan("1200"));
        assertThat(administration.create(cityAdmin, draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(),
                d.endsOn(), d.reportingDeadline(), " ", null, null))).studyLivingCostMonthly()).isNull();
    }

    @Test
    void onlyAnAdministratorOrAnApproverSetsUpACampaign() {
        assertThatThrownBy(() -> administration.create(Actors.of(city, Role.FINANCE, Role.CLERK), draft()))
                .isInstanceOf(OutsideScopeException.class);
        assertThat(campaigns.findById(1)).isEmpty();

        assertThatCode(() -> administration.create(Actors.of(city, Role.APPROVER), draft())).doesNotThrowAnyException();
    }

    @Test
    void aCampaignHasANameOfAtMostAHundredCharacters() {
        for (String name : new String[] {null, "", "   ", "活".repeat(101)}) {
            DomainException refusal = refusal(draft(d -> new CampaignDraft(name, d.year(), d.startsOn(), d.endsOn(),
                    d.reportingDeadline(), d.studyLivingCostMonthly(), d.standards(), d.allowedSources())));
            assertThat(refusal.messageKey()).isEqualTo("campaign.name.required");
            assertThat(refusal.field()).isEqualTo("name");
        }
        assertThat(administration.create(cityAdmin, draft(d -> new CampaignDraft("活".repeat(100), d.year(),
                d.startsOn(), d.endsOn(), d.reportingDeadline(), null, null, null))).name()).hasSize(100);
    }

    @Test
    void theYearLiesBetween2000And2100() {
        for (Integer year : new Integer[] {null, 1999, 2101}) {
            DomainException refusal = refusal(draft(d -> new CampaignDraft(d.name(), year, d.startsOn(), d.endsOn(),
                    d.reportingDeadline(), null, null, null)));
            assertThat(refusal.messageKey()).as(String.valueOf(year)).isEqualTo("campaign.year.invalid");
            assertThat(refusal.field()).isEqualTo("year");
        }
        for (int year : new int[] {2000, 2100}) {
            assertThat(administration.create(cityAdmin, draft(d -> new CampaignDraft(d.name(), year, d.startsOn(),
                    d.endsOn(), d.reportingDeadline(), null, null, null))).year()).isEqualTo(year);
        }
    }

    @Test
    void theCampaignEndsOnOrAfterItsFirstDay() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (LocalDate[] period : new LocalDate[][] {{null, start}, {start, null}, {start, start.minusDays(1)}}) {
            DomainException refusal = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), period[0], period[1],
                    start.plusDays(5), null, null, null)));
            assertThat(refusal.messageKey()).isEqualTo("campaign.period.invalid");
            assertThat(refusal.field()).isEqualTo("endsOn");
        }
        assertThat(administration.create(cityAdmin, draft(d -> new CampaignDraft(d.name(), d.year(), start, start,
                start, null, null, null))).endsOn()).isEqualTo(start);
    }

    @Test
    void theReportingDeadlineFallsNoEarlierThanTheFirstDay() {
        for (LocalDate deadline : new LocalDate[] {null, LocalDate.of(2025, 12, 31)}) {
            DomainException refusal = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(),
                    d.endsOn(), deadline, null, null, null)));
            assertThat(refusal.messageKey()).isEqualTo("campaign.deadline.invalid");
            assertThat(refusal.field()).isEqualTo("reportingDeadline");
        }
        // Within the period is fine: the higher union may want figures before the campaign ends.
        assertThat(administration.create(cityAdmin, draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(),
                d.endsOn(), LocalDate.of(2026, 1, 20), null, null, null))).reportingDeadline())
                .isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aStandardIsAPositiveAmountNamedByItsCategoryAndPurpose() {
        DomainException zero = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(), d.endsOn(),
                d.reportingDeadline(), null, Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "0.00")),
                null)));
        DomainException negative = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(), d.endsOn(),
                d.reportingDeadline(), null, Map.of(HardshipCategory.RELATIVE, Map.of(FundPurpose.LIVING, "-100")),
                null)));
        DomainException text = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(), d.endsOn(),
                d.reportingDeadline(), null, Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.LIVING, "两千")),
                null)));

        assertThat(zero.messageKey()).isEqualTo("campaign.standard.positive");
        assertThat(zero.field()).isEqualTo("standards[DEEP][CONDOLENCE]");
        assertThat(negative.messageKey()).isEqualTo("money.negative");
        assertThat(negative.field()).isEqualTo("standards[RELATIVE][LIVING]");
        assertThat(text.messageKey()).isEqualTo("money.notANumber");
    }

    @Test
    void aStudyLivingCostThatIsNotAnAmountIsRefusedOnItsField() {
        DomainException refusal = refusal(draft(d -> new CampaignDraft(d.name(), d.year(), d.startsOn(), d.endsOn(),
                d.reportingDeadline(), "一千二", null, null)));

        assertThat(refusal.messageKey()).isEqualTo("money.notANumber");
        assertThat(refusal.field()).isEqualTo("studyLivingCostMonthly");
    }

    @Test
    void centralAndProvincialMoneyMayPayLivingMedicalEducationAndEmploymentAid() {
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        for (FundPurpose purpose : CENTRAL_MONEY_PURPOSES) {
            sources.put(purpose, EnumSet.of(FundSource.CENTRAL_SPECIAL, FundSource.PROVINCIAL_SPECIAL));
        }

        Campaign campaign = administration.create(cityAdmin, withSources(sources));

        for (FundPurpose purpose : CENTRAL_MONEY_PURPOSES) {
            assertThat(campaign.allows(purpose, FundSource.CENTRAL_SPECIAL)).as(purpose.name()).isTrue();
            assertThat(campaign.allows(purpose, FundSource.PROVINCIAL_SPECIAL)).as(purpose.name()).isTrue();
        }
    }

    @Test
    void centralOrProvincialMoneyForAnyOtherPurposeIsRefused() {
        EnumSet<FundPurpose> others = EnumSet.complementOf(EnumSet.copyOf(CENTRAL_MONEY_PURPOSES));
        others.remove(FundPurpose.DAILY); // no campaign pays daily assistance at all (next test)
        for (FundPurpose purpose : others) {
            for (FundSource special : new FundSource[] {FundSource.CENTRAL_SPECIAL, FundSource.PROVINCIAL_SPECIAL}) {
                DomainException refusal = refusal(withSources(Map.of(purpose,
                        EnumSet.of(FundSource.OWN_UNION_FUNDS, special))));
                assertThat(refusal.messageKey()).as(purpose + " from " + special)
                        .isEqualTo("campaign.centralMoneyPurpose");
                assertThat(refusal.field()).isEqualTo("allowedSources");
            }
        }
    }

    // R-FUND-01
    @Test
    void noCampaignPaysDailyAssistanceWhichBelongsToNoCampaign() {
        DomainException refusal = refusal(withSources(Map.of(FundPurpose.DAILY, EnumSet.of(FundSource.PARTY_DUES))));

        assertThat(refusal.messageKey()).isEqualTo("campaign.dailyNotCampaign");
        assertThat(refusal.field()).isEqualTo("allowedSources");
    }

    @Test
    void localFinanceAndTheUnionsOwnMoneyMayPayAnyPurposeOfACampaign() {
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        for (FundPurpose purpose : FundPurpose.values()) {
            if (purpose != FundPurpose.DAILY) {
                sources.put(purpose, EnumSet.complementOf(EnumSet.of(FundSource.CENTRAL_SPECIAL,
                        FundSource.PROVINCIAL_SPECIAL)));
            }
        }

        Campaign campaign = administration.create(cityAdmin, withSources(sources));

        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.LOCAL_FINANCE)).isTrue();
        assertThat(campaign.allows(FundPurpose.GENERAL, FundSource.SOCIAL_DONATION)).isTrue();
        assertThat(campaign.allows(FundPurpose.DAILY, FundSource.PARTY_DUES)).isFalse();
    }

    @Test
    void aPurposeTickedWithoutSourcesIsPaidFromNone() {
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        sources.put(FundPurpose.MEDICAL, EnumSet.noneOf(FundSource.class));
        sources.put(FundPurpose.CONDOLENCE, null);
        sources.put(FundPurpose.LIVING, EnumSet.of(FundSource.UNIT_DONATION));

        Campaign campaign = administration.create(cityAdmin, withSources(sources));

        assertThat(campaign.allowedSources()).containsOnlyKeys(FundPurpose.LIVING);
    }

    @Test
    void theSourcesKeptAreACopyOfTheForm() {
        Set<FundSource> typed = EnumSet.of(FundSource.UNIT_DONATION);
        Campaign campaign = administration.create(cityAdmin, withSources(Map.of(FundPurpose.CONDOLENCE, typed)));

        typed.add(FundSource.PARTY_DUES);

        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.PARTY_DUES)).isFalse();
    }

    @Test
    void aCampaignIsSeenByTheUnionsBelowItsOrganiserAndByThoseAboveIt() {
        Campaign cityCampaign = campaigns.add(CampaignBuilder.organisedBy(city).id(1).build());
        Campaign countyCampaign = campaigns.add(CampaignBuilder.organisedBy(county).id(2).build());

        assertThat(administration.view(Actors.of(county, Role.CLERK), cityCampaign.id())).isEqualTo(cityCampaign);
        assertThat(administration.view(Actors.of(province, Role.AUDITOR), countyCampaign.id()))
                .isEqualTo(countyCampaign);
        assertThat(administration.view(Actors.of(county, Role.CLERK), countyCampaign.id())).isEqualTo(countyCampaign);
    }

    @Test
    void aCampaignOfASiblingUnionIsOutOfSight() {
        Campaign countyCampaign = campaigns.add(CampaignBuilder.organisedBy(county).id(2).build());
        Organisation base = tree.under(otherCounty, "BJ-1", OrganisationType.BASE);

        assertThatThrownBy(() -> administration.view(Actors.of(otherCounty, Role.ADMIN), countyCampaign.id()))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> administration.view(Actors.of(base, Role.CLERK), countyCampaign.id()))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> administration.view(cityAdmin, 99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUnionListsTheCampaignsItTakesPartInOrOverseesLatestFirst() {
        Campaign older = campaigns.add(CampaignBuilder.organisedBy(province).id(1)
                .running(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)).build());
        Campaign newer = campaigns.add(CampaignBuilder.organisedBy(county).id(2).build());
        campaigns.add(CampaignBuilder.organisedBy(otherCounty).id(3).build());

        assertThat(administration.list(Actors.of(county, Role.CLERK))).containsExactly(newer, older);
        assertThat(administration.list(cityAdmin)).hasSize(3);
    }

    @Test
    void aCampaignHasEndedByTheApplicationsClock() {
        Campaign endsInFebruary = CampaignBuilder.organisedBy(city)
                .running(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)).build();
        Campaign endsInMarch = CampaignBuilder.organisedBy(city)
                .running(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)).build();

        assertThat(administration.hasEnded(endsInFebruary)).isTrue();
        assertThat(administration.hasEnded(endsInMarch)).isFalse();
    }
}
