package org.unionaid.domain.funds;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.Campaigns;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.MakerChecker;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * Moving what is left of a closed campaign's money to daily assistance (日常帮扶), the one way money leaves a
 * campaign's pool other than by paying households: on a recorded decision of the chair's office meeting (seed 002:
 * 主席办公会议集体审议) held after the closing, with its minutes, for no more than the leftover ({@link TransferRules},
 * R-FUND-04 … R-FUND-08), requested by the union's finance staff and approved by another person of the union
 * (R-MC-01). The union's parents and auditors see every transfer of their subtree and its minutes (R-FUND-09).
 */
@Service
@Transactional
public class BalanceTransferring {

    private static final Role[] READERS = {Role.FINANCE, Role.APPROVER, Role.ADMIN, Role.AUDITOR};

    private final Funds funds;
    private final Ledger ledger;
    private final CampaignAdministration campaigns;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;
    private final MatchingGate matching;

    public BalanceTransferring(Funds funds, Ledger ledger, CampaignAdministration campaigns, Organisations organisations,
            AuditLog auditLog, Clock clock, MatchingGate matching) {
        this.matching = matching;
        this.funds = funds;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The minutes of a transfer's meeting, to download. */
    public record Minutes(String filename, byte[] content) {
    }

    public BalanceTransfer request(Actor actor, TransferRequest request) {
        actor.requireRole(Role.FINANCE);
        if (request.campaignId() == null) {
            throw DomainException.onField("campaign", "funds.transfer.closedCampaignRequired");
        }
        Campaign campaign = campaigns.view(actor, request.campaignId());
        if (request.source() == null) {
            throw DomainException.onField("source", "funds.source.required");
        }
        if (request.fromPurpose() == null || request.fromPurpose() == FundPurpose.DAILY) {
            throw DomainException.onField("fromPurpose", "funds.transfer.purpose");
        }
        Money money = FundIntake.positive("amount", request.amount());
        String number = request.decisionNumber() == null ? "" : request.decisionNumber().strip();
        if (number.length() > 50) {
            throw DomainException.onField("decisionNumber", "funds.transfer.decisionNumberTooLong", 50);
        }
        long union = actor.organisationId();
        matching.requireMatched(union, request.source(), request.fromPurpose()); // R-MATCH-02
        TransferRules.ALL.require(new TransferCase(campaign, closedOn(campaign), number,
                funds.decisionNumberTaken(union, number, null), request.meetingDate(), LocalDate.now(clock),
                request.minutes(), money, leftover(union, campaign.id(), request)));
        // R-PRIV-05: a minutes file whose name hides its type is refused.
        String filename = DocumentType.safeFilename(TextRules.fileName("minutes", request.minutesFilename(), "会议纪要.pdf"));
        BalanceTransfer transfer = new BalanceTransfer(funds.nextTransferId(), union,
                organisations.findById(union).map(Organisation::getName).orElseThrow(), campaign.id(),
                request.source(), request.fromPurpose(), money, number, request.meetingDate(), filename,
                sha256(request.minutes()), BalanceTransfer.Status.REQUESTED, actor.userId(), null);
        if (!funds.addTransfer(transfer, request.minutes())) {
            // R-FUND-06: taken by a concurrent request since the check above (the partial unique index decided).
            throw new DomainException("funds.transfer.decisionNumberTaken", number);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.BALANCE_TRANSFER_REQUEST, "balance_transfer",
                transfer.id(), request.source() + " " + request.fromPurpose() + " " + money + " " + number));
        return transfer;
    }

    /**
     * Approves and posts the move, judging the request again as it stands now (the leftover may have shrunk, the
     * decision number been used meanwhile, the match fallen overdue: R-MATCH-02); the requester may not approve
     * their own request.
     */
    public BalanceTransfer approve(Actor actor, long transferId) {
        BalanceTransfer transfer = decidable(actor, transferId);
        matching.requireMatched(transfer.organisationId(), transfer.source(), transfer.fromPurpose()); // R-MATCH-02
        Campaign campaign = campaigns.view(actor, transfer.campaignId());
        Money leftover = ledger.balance(transfer.organisationId(), campaign.id(), AccountKind.AVAILABLE,
                transfer.source(), transfer.fromPurpose());
        TransferRules.ALL.require(new TransferCase(campaign, closedOn(campaign), transfer.decisionNumber(),
                funds.decisionNumberTaken(transfer.organisationId(), transfer.decisionNumber(), transferId),
                transfer.decisionDate(), LocalDate.now(clock), funds.transferMinutes(transferId).orElse(null),
                transfer.amount(), leftover));
        // The entry is the campaign's: its first line leaves the campaign's pool, the daily line belongs to none.
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

    /** R-FUND-09 — every transfer of the actor's union and of every union below it, newest first. */
    @Transactional(readOnly = true)
    public List<BalanceTransfer> list(Actor actor) {
        actor.requireAnyRole(READERS);
        return funds.transfersOf(actor.organisationPath());
    }

    /** R-FUND-09 — the minutes of a transfer of the actor's subtree; every opening is audited. */
    public Minutes minutes(Actor actor, long transferId) {
        actor.requireAnyRole(READERS);
        BalanceTransfer transfer = funds.transfer(transferId)
                .orElseThrow(() -> new NotFoundException("balance transfer", transferId));
        actor.requireReach(organisations.findById(transfer.organisationId()).orElseThrow().path());
        byte[] content = funds.transferMinutes(transferId)
                .orElseThrow(() -> new NotFoundException("balance transfer minutes", transferId));
        auditLog.record(AuditEntry.success(actor, AuditAction.BALANCE_TRANSFER_MINUTES_OPEN, "balance_transfer",
                transferId, "sha256 " + transfer.minutesSha256()));
        return new Minutes(transfer.decisionDocument(), content);
    }

    private LocalDate closedOn(Campaign campaign) {
        return campaigns.closure(campaign.id()).map(Campaigns.Closure::closedOn).orElse(null);
    }

    /** R-FUND-08 — the union's available money of the campaign for this source and purpose. */
    private Money leftover(long union, long campaignId, TransferRequest request) {
        return ledger.balance(union, campaignId, AccountKind.AVAILABLE, request.source(), request.fromPurpose());
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
