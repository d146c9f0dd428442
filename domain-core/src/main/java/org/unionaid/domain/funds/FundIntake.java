package org.unionaid.domain.funds;

import java.time.Clock;
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
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * Money coming into the tree (资金入账, 募集): recorded by the finance staff of the union whose account
 * received it, posted to the ledger in the same transaction, and totalled per donor for the campaign's
 * donation board (seed 004 publishes each unit's donations daily).
 */
@Service
@Transactional
public class FundIntake {

    private final Funds funds;
    private final Ledger ledger;
    private final CampaignAdministration campaigns;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public FundIntake(Funds funds, Ledger ledger, CampaignAdministration campaigns, Organisations organisations,
            AuditLog auditLog, Clock clock) {
        this.funds = funds;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public FundReceipt record(Actor actor, ReceiptDraft draft) {
        actor.requireRole(Role.FINANCE);
        // R-FUND-03: a closed campaign takes no more money.
        Campaign campaign = draft.campaignId() == null ? null : campaigns.viewOpen(actor, draft.campaignId());
        FundSource source = draft.source();
        if (source == null) {
            throw DomainException.onField("source", "funds.source.required");
        }
        if (source == FundSource.UPPER_UNION || source == FundSource.MATCHING) {
            throw DomainException.onField("source", "funds.source.notReceived");
        }
        FundPurpose purpose = draft.purpose() == null ? FundPurpose.GENERAL : draft.purpose();
        if (campaign != null && purpose != FundPurpose.GENERAL && !campaign.allows(purpose, source)) {
            throw DomainException.onField("purpose", "funds.sourceNotAllowed");
        }
        Money amount = positive("amount", draft.amount());
        if (draft.receivedOn() == null || draft.receivedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("receivedOn", "funds.receivedOn.invalid");
        }
        String number = text(draft.receiptNumber(), 50, "receiptNumber", "funds.receiptNumber.required");
        boolean donation = FundReceipt.isDonation(source);
        String donorName = donation ? text(draft.donorName(), 100, "donorName", "funds.donor.required") : null;
        DonorKind donorKind = !donation ? null
                : source == FundSource.PERSONAL_DONATION ? DonorKind.PERSON
                : source == FundSource.UNIT_DONATION ? DonorKind.UNIT
                : draft.donorKind() == null ? DonorKind.UNIT : draft.donorKind();
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();

        long union = actor.organisationId();
        if (funds.receiptNumberTaken(union, number)) {
            throw DomainException.onField("receiptNumber", "funds.receiptNumber.duplicate", number);
        }
        if (funds.matchVoucherTaken(union, number)) {
            // R-MATCH-03: the voucher of a match already booked; the same money would be raised twice.
            throw DomainException.onField("receiptNumber", "funds.receiptNumber.isMatch", number);
        }
        long id = funds.nextReceiptId();
        JournalEntryDraft movement = new JournalEntryDraft(donation ? EntryKind.DONATION : EntryKind.RECEIPT,
                new DocumentRef("fund_receipt", id), campaign == null ? null : campaign.id(),
                (donation ? donorName + " " : "") + number, List.of(
                        JournalLine.of(union, AccountKind.RECEIVED, source, purpose, amount.negated()),
                        JournalLine.of(union, AccountKind.AVAILABLE, source, purpose, amount)));
        JournalEntry entry = ledger.post(movement, actor.userId());
        FundReceipt receipt = new FundReceipt(id, union, organisations.findById(union).orElseThrow().getName(),
                campaign == null ? null : campaign.id(), source, purpose, amount, draft.receivedOn(), number, donorKind,
                donorName, note, entry.id());
        if (!funds.addReceipt(receipt, actor.userId())) {
            // Taken by a concurrent request since the check above: the posting rolls back with this refusal.
            throw DomainException.onField("receiptNumber", "funds.receiptNumber.duplicate", number);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.FUND_RECEIPT, "fund_receipt", id,
                source + " " + purpose + " " + amount));
        return receipt;
    }

    @Transactional(readOnly = true)
    public List<FundReceipt> receipts(Actor actor, long campaignId) {
        campaigns.view(actor, campaignId);
        return funds.receipts(campaignId, actor.organisationPath());
    }

    /** The campaign's donations received in the actor's subtree, per donor, largest first. */
    @Transactional(readOnly = true)
    public List<Funds.DonorTotal> donationBoard(Actor actor, long campaignId) {
        campaigns.view(actor, campaignId);
        return funds.donationBoard(campaignId, actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public List<Funds.DailyTotal> donationsByDay(Actor actor, long campaignId) {
        campaigns.view(actor, campaignId);
        return funds.donationsByDay(campaignId, actor.organisationPath());
    }

    static Money positive(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw DomainException.onField(field, "funds.amount.required");
        }
        Money amount = Money.parse(field, typed);
        if (amount.isZero()) {
            throw DomainException.onField(field, "funds.amount.required");
        }
        return amount;
    }

    static String text(String typed, int max, String field, String messageKey) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.length() > max) {
            throw DomainException.onField(field, messageKey, max);
        }
        return value;
    }
}
