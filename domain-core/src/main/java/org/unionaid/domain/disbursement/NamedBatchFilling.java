package org.unionaid.domain.disbursement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.MatchingGate;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Filling a batch that pays named recipients (劳模, 一线职工, 困难农民工, 困难党员、老党员) from the lists kept in the
 * paying union's subtree. Everything after the fill — the lines checked again on the page and at approval, the
 * commitment, the bank file or the handover, the roster — is the same path as for households
 * ({@link Disbursement}, {@link Handover}), with {@link PaymentRules#NAMED} judging each line.
 */
@Service
@Transactional
public class NamedBatchFilling {

    private final Batches batches;
    private final CampaignAdministration campaigns;
    private final Organisations organisations;
    private final MatchingGate matching;
    private final AuditLog auditLog;
    private final NamedLines named;

    public NamedBatchFilling(Batches batches, CampaignAdministration campaigns, Organisations organisations,
            MatchingGate matching, AuditLog auditLog, NamedRecipients recipients, PayeeFit payees) {
        this.batches = batches;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.matching = matching;
        this.auditLog = auditLog;
        this.named = new NamedLines(batches, recipients, payees);
    }

    /**
     * Adds the recipients kept in the paying union's subtree (of a group, or of one union in it; {@code null}: all),
     * each at the campaign's standard for the recipient's group and the batch's purpose; refused recipients are
     * reported with their reason and left out.
     */
    public Disbursement.FillReport fill(Actor actor, long batchId, RecipientGroup group, Long unionId) {
        actor.requireRole(Role.FINANCE);
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        if (batch.payingUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("disbursement batch " + batchId);
        }
        if (!batch.isDraft()) {
            throw new DomainException("payment.approve.notDraft");
        }
        if (batch.payees() != PayeeKind.NAMED) {
            throw new DomainException("batch.payees.files");
        }
        matching.requireMatched(batch.payingUnionId(), batch.source(), batch.purpose()); // R-MATCH-02
        Campaign campaign = campaigns.view(actor, batch.campaignId());
        if (unionId != null) {
            actor.requireReach(organisations.findById(unionId)
                    .orElseThrow(() -> new NotFoundException("union", unionId)).path());
        }
        Disbursement.FillReport report = named.fill(batch, campaign, actor.organisationPath(), group, unionId);
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_FILL, "disbursement_batch", batchId,
                report.added() + " named added, " + report.refused().size() + " refused"));
        return report;
    }
}
