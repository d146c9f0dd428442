package org.unionaid.domain.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/** Setting up campaigns (活动) and finding those a union takes part in. */
@Service
@Transactional
public class CampaignAdministration {

    private final Campaigns campaigns;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public CampaignAdministration(Campaigns campaigns, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A campaign organised by the actor's own union, for its subtree. */
    public Campaign create(Actor actor, CampaignDraft draft) {
        actor.requireAnyRole(Role.ADMIN, Role.APPROVER);
        Organisation organiser = organisations.findById(actor.organisationId()).orElseThrow();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.onField("name", "campaign.name.required");
        }
        if (draft.year() == null || draft.year() < 2000 || draft.year() > 2100) {
            throw DomainException.onField("year", "campaign.year.invalid");
        }
        if (draft.startsOn() == null || draft.endsOn() == null || draft.endsOn().isBefore(draft.startsOn())) {
            throw DomainException.onField("endsOn", "campaign.period.invalid");
        }
        if (draft.reportingDeadline() == null || draft.reportingDeadline().isBefore(draft.startsOn())) {
            throw DomainException.onField("reportingDeadline", "campaign.deadline.invalid");
        }
        if (draft.filingDeadline() != null && draft.filingDeadline().isAfter(draft.endsOn())) {
            throw DomainException.onField("filingDeadline", "campaign.filingDeadline.invalid");
        }
        Money studyCost = draft.studyLivingCostMonthly() == null || draft.studyLivingCostMonthly().isBlank() ? null
                : Money.parse("studyLivingCostMonthly", draft.studyLivingCostMonthly());
        Map<FundPurpose, Set<FundSource>> sources = allowedSources(draft.allowedSources());
        Campaign campaign = new Campaign(campaigns.nextId(), name, draft.year(), draft.startsOn(), draft.endsOn(),
                organiser.getId(), organiser.getName(), draft.reportingDeadline(), studyCost,
                standards(draft.standards()), sources, draft.filingDeadline());
        campaigns.add(campaign, actor.userId());
        auditLog.record(AuditEntry.success(actor, AuditAction.CAMPAIGN_CREATE, "campaign", campaign.id(), name));
        return campaign;
    }

    @Transactional(readOnly = true)
    public List<Campaign> list(Actor actor) {
        return campaigns.visibleFrom(actor.organisationPath());
    }

    /** A campaign the actor's union takes part in (organised above it) or oversees (organised below it). */
    @Transactional(readOnly = true)
    public Campaign view(Actor actor, long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
        Organisation organiser = organisations.findById(campaign.organisationId()).orElseThrow();
        if (!organiser.path().contains(actor.organisationPath()) && !actor.reaches(organiser.path())) {
            throw new OutsideScopeException("campaign " + id);
        }
        return campaign;
    }

    /**
     * R-FUND-03 — a campaign the actor sees and that still takes money and payments: refused
     * ({@code campaign.closed.frozen}) once it is closed.
     */
    @Transactional(readOnly = true)
    public Campaign viewOpen(Actor actor, long id) {
        Campaign campaign = view(actor, id);
        requireOpen(campaign);
        return campaign;
    }

    /** R-FUND-03 — refuses ({@code campaign.closed.frozen}) a closed campaign. */
    @Transactional(readOnly = true)
    public void requireOpen(Campaign campaign) {
        CampaignRules.open(campaign, campaigns.closure(campaign.id())).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    /** When and by whom the campaign was closed, empty while it is open. */
    @Transactional(readOnly = true)
    public Optional<Campaigns.Closure> closure(long campaignId) {
        return campaigns.closure(campaignId);
    }

    /** Whether today is past the campaign's end, by the application's clock. */
    public boolean hasEnded(Campaign campaign) {
        return campaign.hasEnded(LocalDate.now(clock));
    }

    private static List<Campaign.PaymentStandard> standards(Map<HardshipCategory, Map<FundPurpose, String>> typed) {
        List<Campaign.PaymentStandard> standards = new ArrayList<>();
        if (typed == null) {
            return standards;
        }
        typed.forEach((category, byPurpose) -> byPurpose.forEach((purpose, amount) -> {
            if (amount != null && !amount.isBlank()) {
                String field = "standards[" + category + "][" + purpose + "]";
                Money money = Money.parse(field, amount);
                if (money.toBigDecimal().signum() <= 0) {
                    throw DomainException.onField(field, "campaign.standard.positive");
                }
                standards.add(new Campaign.PaymentStandard(category, purpose, money));
            }
        }));
        return standards;
    }

    /** Central and provincial special money only for the purposes the national measures allow. */
    private static Map<FundPurpose, Set<FundSource>> allowedSources(Map<FundPurpose, Set<FundSource>> typed) {
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        if (typed != null) {
            typed.forEach((purpose, set) -> {
                if (set != null && !set.isEmpty()) {
                    sources.put(purpose, EnumSet.copyOf(set));
                }
            });
        }
        if (sources.containsKey(FundPurpose.DAILY)) {
            // R-FUND-01: daily assistance belongs to no campaign; leftover reaches it by a balance transfer only.
            throw DomainException.onField("allowedSources", "campaign.dailyNotCampaign");
        }
        sources.forEach((purpose, set) -> {
            if (!Campaign.CENTRAL_MONEY_PURPOSES.contains(purpose)
                    && (set.contains(FundSource.CENTRAL_SPECIAL) || set.contains(FundSource.PROVINCIAL_SPECIAL))) {
                throw DomainException.onField("allowedSources", "campaign.centralMoneyPurpose");
            }
        });
        return sources;
    }
}
