package org.unionaid.domain.campaign;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * A campaign (活动) as organised by a union for its subtree: period, reporting deadline, what each
 * category of household receives for each purpose, and which fund sources may pay for which purpose.
 * {@code filingDeadline}, if set, is the last day a file may be approved and still count for the campaign
 * (seed 003: 如有未报或着不合格的视为自动放弃; R-PAY-11).
 */
public record Campaign(long id, String name, int year, LocalDate startsOn, LocalDate endsOn, long organisationId,
        String organisationName, LocalDate reportingDeadline, Money studyLivingCostMonthly,
        List<PaymentStandard> standards, Map<FundPurpose, Set<FundSource>> allowedSources, LocalDate filingDeadline) {

    /** Central special money may fund only these (2015 national measures, revised 2020: DOMAIN §6). */
    public static final Set<FundPurpose> CENTRAL_MONEY_PURPOSES = EnumSet.of(FundPurpose.LIVING, FundPurpose.MEDICAL,
            FundPurpose.EDUCATION, FundPurpose.EMPLOYMENT);

    /** Months of basic living cost that cap a student's study aid from central money in a year. */
    public static final int STUDY_CAP_MONTHS = 10;

    public Campaign {
        standards = List.copyOf(standards);
        allowedSources = Map.copyOf(allowedSources);
    }

    /** A file approved on {@code approvedOn} came too late for this campaign (R-PAY-11). */
    public boolean filedTooLate(LocalDate approvedOn) {
        return filingDeadline != null && approvedOn != null && approvedOn.isAfter(filingDeadline);
    }

    public Optional<Money> standard(HardshipCategory category, FundPurpose purpose) {
        return standards.stream().filter(s -> s.category() == category && s.purpose() == purpose)
                .map(PaymentStandard::amount).findFirst();
    }

    /**
     * Whether the campaign may pay {@code purpose} from {@code source}. Never daily assistance (日常帮扶): that money
     * belongs to no campaign (R-FUND-01), so a campaign's batch, receipt or allocation never reaches it.
     */
    public boolean allows(FundPurpose purpose, FundSource source) {
        return purpose != FundPurpose.DAILY && allowedSources.getOrDefault(purpose, Set.of()).contains(source);
    }

    public boolean hasEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }

    /** The payment standard (发放标准) of a category for a purpose, e.g. 深度困难 · 送温暖慰问 · 2,000 元. */
    public record PaymentStandard(HardshipCategory category, FundPurpose purpose, Money amount) {
    }
}
