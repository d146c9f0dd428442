package org.unionaid.domain.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.recipient.RecipientGroup;

/**
 * A campaign as typed into the form, not yet checked: amounts as text ("2,000"), the standards keyed by
 * category and purpose (blank = none), the allowed sources per purpose, and the standards of the named groups
 * (劳模, 一线职工, 困难农民工, 困难党员) per purpose.
 */
public record CampaignDraft(String name, Integer year, LocalDate startsOn, LocalDate endsOn,
        LocalDate reportingDeadline, String studyLivingCostMonthly,
        Map<HardshipCategory, Map<FundPurpose, String>> standards, Map<FundPurpose, Set<FundSource>> allowedSources,
        LocalDate filingDeadline, Map<RecipientGroup, Map<FundPurpose, String>> groupStandards) {

    /** A campaign for hardship files only: no standard for the named groups. */
    public CampaignDraft(String name, Integer year, LocalDate startsOn, LocalDate endsOn, LocalDate reportingDeadline,
            String studyLivingCostMonthly, Map<HardshipCategory, Map<FundPurpose, String>> standards,
            Map<FundPurpose, Set<FundSource>> allowedSources, LocalDate filingDeadline) {
        this(name, year, startsOn, endsOn, reportingDeadline, studyLivingCostMonthly, standards, allowedSources,
                filingDeadline, Map.of());
    }

    /** A campaign with no filing deadline: every approved file counts. */
    public CampaignDraft(String name, Integer year, LocalDate startsOn, LocalDate endsOn, LocalDate reportingDeadline,
            String studyLivingCostMonthly, Map<HardshipCategory, Map<FundPurpose, String>> standards,
            Map<FundPurpose, Set<FundSource>> allowedSources) {
        this(name, year, startsOn, endsOn, reportingDeadline, studyLivingCostMonthly, standards, allowedSources, null);
    }
}
