package org.unionaid.domain.funds;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.MakerChecker;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Moving what is left of a campaign's money to daily assistance (日常帮扶): only after the campaign, on
 * a recorded decision of the chair's office meeting (seed 002: 主席办公会议集体审议), requested by the
 * union's finance staff and approved by another person of the union (maker-checker).
 */
@Service
@Transactional
public class BalanceTransfers {

    private final Funds funds;
    private final Ledger ledger;
    private final CampaignAdministration campaigns;
    private final AuditLog auditLog;
    private final MatchingGate matching;

    public BalanceTransfers(Funds funds, Ledger ledger, CampaignAdministration campaigns, AuditLog auditLog,
            MatchingGate matching) {
        this.matching = matching;
        this.funds = funds;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
    }

    public BalanceTransfer request(Actor actor, long campaignId, FundSource source, FundPurpose fromPurpose,
            String amount, String decisionNumber, LocalDate decisionDate, String decisionDocument) {
        actor.requireRole(Role.FINANCE);
        Campaign campaign = campaigns.view(actor, campaignId);
        if (!campaigns.hasEnded(campaign)) {
            throw new DomainException("funds.transfer.campaignRunning", campaign.endsOn());
        }
        if (source == null) {
            throw DomainException.onField("source", "funds.source.required");
        }
        if (fromPurpose == null || fromPurpose == FundPurpose.DAILY) {
            throw DomainException.onField("fromPurpose", "funds.transfer.purpose");
        }
        String number = FundIntake.text(decisionNumber, 50, "decisionNumber", "funds.transfer.decisionRequired");
        if (decisionDate == null) {
            throw DomainException.onField("decisionDate", "funds.transfer.decisionRequired");
        }
        String document = FundIntake.text(decisionDocument, 200, "decisionDocument", "funds.transfer.decisionRequired");
        Money money = FundIntake.positive("amount", amount);
        matching.requireMatched(actor.organisationId(), source, fromPurpose);
        ledger.requireAvailable(actor.organisationId(), source, fromPurpose, money);
        BalanceTransfer transfer = new BalanceTransfer(funds.nextTransferId(), actor.organisationId(), campaignId,
                source, fromPurpose, money, number, decisionDate, document, BalanceTransfer.Status.REQUESTED,
                actor.userId(), null);
        funds.addTransfer(transfer);
        auditLog.record(AuditEntry.success(actor, AuditAction.BALANCE_TRANSFER_REQUEST, "balance_transfer",
                transfer.id(), source + " " + fromPurpose + " " + money + " " + number));
        return transfer;
    }

    /**
     * Approves and posts the move; the requester may not approve their own request. Money whose match fell
     * overdue since the request stays where it is (R-MATCH-02).
     */
    public BalanceTransfer approve(Actor actor, long transferId) {
        BalanceTransfer transfer = decidable(actor, transferId);
        matching.requireMatched(transfer.organisationId(), transfer.source(), transfer.fromPurpose());
        long entry = ledger.post(new JournalEntryDraft(EntryKind.BALANCE_TRANSFER,
                new DocumentRef("balance_transfer", transferId), transfer.campaignId(), transfer.decisionNumber(),
                List.of(JournalLine.of(transfer.organisationId(), AccountKind.AVAILABLE, transfer.source(),
                                transfer.fromPurpose(), transfer.amount().negated()),
                        JournalLine.of(transfer.organisationId(), AccountKind.AVAILABLE, transfer.source(),
                                FundPurpose.DAILY, transfer.amount()))), actor.userId()).id();
        decide(actor, transfer, BalanceTransfer.Status.APPROVED, null, entry);
        return funds.transfer(transferId).orElseThrow();
    }

    public BalanceTransfer reject(Actor actor, long transferId, String reason) {
        BalanceTransfer transfer = decidable(actor, transferId);
        String note = FundIntake.text(reason, 500, "reason", "funds.transfer.reasonRequired");
        decide(actor, transfer, BalanceTransfer.Status.REJECTED, note, null);
        return funds.transfer(transferId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<BalanceTransfer> list(Actor actor) {
        return funds.transfersOf(actor.organisationPath());
    }

    private BalanceTransfer decidable(Actor actor, long transferId) {
        actor.requireAnyRole(Role.APPROVER, Role.ADMIN);
        BalanceTransfer transfer = funds.transfer(transferId)
                .orElseThrow(() -> new NotFoundException("balance transfer", transferId));
        if (transfer.organisationId() != actor.organisationId()) {
            throw new OutsideScopeException("balance transfer " + transferId);
        }
        MakerChecker.require(List.of(transfer.requestedBy()), actor.userId(), "funds.transfer.makerChecker");
        if (transfer.status() != BalanceTransfer.Status.REQUESTED) {
            throw new DomainException("funds.transfer.decided");
        }
        return transfer;
    }

    private void decide(Actor actor, BalanceTransfer transfer, BalanceTransfer.Status status, String note, Long entry) {
        if (!funds.decideTransfer(transfer.id(), status, actor.userId(), note, entry)) {
            throw new DomainException("funds.transfer.decided");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.BALANCE_TRANSFER_DECIDE, "balance_transfer",
                transfer.id(), status.name()));
    }
}
