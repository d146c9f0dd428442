package org.unionaid.domain.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.LedgerReadings;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * R-FUND-02 — closing a campaign (活动结项): its organiser's approver or finance officer closes it after its end
 * date, once no batch of it is a draft with households on it and every approved line is paid or failed. From then
 * on it is frozen (R-FUND-03) and what is left of its money — shown per source — can move to daily assistance only
 * by a balance transfer on a chair's office meeting decision (R-FUND-04).
 */
@Service
@Transactional
public class CampaignClosing {

    private final Campaigns campaigns;
    private final CampaignAdministration administration;
    private final LedgerReadings readings;
    private final AuditLog auditLog;
    private final Clock clock;

    public CampaignClosing(Campaigns campaigns, CampaignAdministration administration, LedgerReadings readings,
            AuditLog auditLog, Clock clock) {
        this.campaigns = campaigns;
        this.administration = administration;
        this.readings = readings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Campaigns.Closure close(Actor actor, long campaignId) {
        actor.requireAnyRole(Role.APPROVER, Role.FINANCE);
        Campaign campaign = administration.view(actor, campaignId);
        // Under the row lock a batch or receipt added meanwhile is counted, and none can follow (R-FUND-03).
        campaigns.lockForClosing(campaignId);
        LocalDate today = LocalDate.now(clock);
        CampaignRules.CLOSING.require(new ClosingCase(campaign, actor.organisationId(), campaigns.closure(campaignId),
                today, campaigns.openWork(campaignId)));
        Campaigns.Closure closure = new Campaigns.Closure(today, actor.userId(), clock.instant());
        if (!campaigns.close(campaignId, closure)) {
            throw new DomainException("campaign.close.already", campaign.name(), today);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.CAMPAIGN_CLOSE, "campaign", campaignId, campaign.name()));
        return closure;
    }

    @Transactional(readOnly = true)
    public Optional<Campaigns.Closure> closure(Actor actor, long campaignId) {
        administration.view(actor, campaignId);
        return campaigns.closure(campaignId);
    }

    /** What is left of the campaign's money in the actor's own union, per source and purpose. */
    @Transactional(readOnly = true)
    public List<BalanceRow> leftover(Actor actor, long campaignId) {
        administration.view(actor, campaignId);
        return readings.campaignBalances(campaignId, actor.organisationId());
    }

    /** What is left of the campaign's money in the actor's union and every union below it, per source and purpose. */
    @Transactional(readOnly = true)
    public List<BalanceRow> subtreeLeftover(Actor actor, long campaignId) {
        administration.view(actor, campaignId);
        return readings.campaignBalances(campaignId, actor.organisationPath());
    }
}
