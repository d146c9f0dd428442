package org.unionaid.domain.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Handing money down the tree (下拨) and the children's matching money (配套, seed 000: 按1:1的比例予以配套).
 * Money keeps its source on the way down, so restrictions on finance money follow it to the payment.
 */
@Service
@Transactional
public class Allocating {

    private static final BigDecimal MAX_RATIO = BigDecimal.TEN;

    private final Funds funds;
    private final Ledger ledger;
    private final CampaignAdministration campaigns;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;
    private final MatchingGate matching;

    public Allocating(Funds funds, Ledger ledger, CampaignAdministration campaigns, Organisations organisations,
            AuditLog auditLog, Clock clock, MatchingGate matching) {
        this.matching = matching;
        this.funds = funds;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What became of an allocation form: the allocations, and whether this form had been sent before. */
    public record Outcome(List<Long> allocationIds, boolean repeated) {
    }

    /**
     * Allocates from the actor's union to each direct child with an amount, all or none: the total must
     * be available in the source and purpose. A ratio below 1:1 needs its reason (R-MATCH-01); money whose
     * own match is overdue is not handed on (R-MATCH-02). The same form sent again changes nothing.
     */
    public Outcome allocate(Actor actor, AllocationDraft draft) {
        actor.requireRole(Role.FINANCE);
        List<Long> earlier = funds.allocationsOfRequest(draft.requestKey());
        if (!earlier.isEmpty()) {
            return new Outcome(earlier, true);
        }
        // R-FUND-03: a closed campaign hands no more money down.
        Campaign campaign = campaigns.viewOpen(actor, draft.campaignId());
        FundSource source = draft.source();
        FundPurpose purpose = draft.purpose() == null ? FundPurpose.GENERAL : draft.purpose();
        if (source == null) {
            throw DomainException.onField("source", "funds.source.required");
        }
        if (purpose != FundPurpose.GENERAL && !campaign.allows(purpose, source)) {
            throw DomainException.onField("purpose", "funds.sourceNotAllowed");
        }
        BigDecimal ratio = ratio(draft.matchingRatio());
        MatchingRules.requireTerms(new MatchingRules.Terms(ratio, draft.ratioReason()));
        String ratioReason = ratio.compareTo(BigDecimal.ONE) < 0 ? draft.ratioReason().strip() : null;
        if (ratio.signum() > 0 && draft.matchDueOn() == null) {
            throw DomainException.onField("matchDueOn", "funds.matchDueOn.required");
        }
        Map<Long, Money> amounts = amounts(actor, draft.amountsByChild());
        Money total = amounts.values().stream().reduce(Money.ZERO, Money::plus);
        matching.requireMatched(actor.organisationId(), source, purpose);
        ledger.requireAvailable(actor.organisationId(), campaign.id(), source, purpose, total);
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        List<Long> ids = new ArrayList<>();
        amounts.forEach((child, amount) -> {
            long id = funds.nextAllocationId();
            long entry = ledger.post(new JournalEntryDraft(EntryKind.ALLOCATION, new DocumentRef("allocation", id),
                    campaign.id(), note, List.of(
                            JournalLine.of(actor.organisationId(), AccountKind.AVAILABLE, source, purpose, amount.negated()),
                            JournalLine.of(child, AccountKind.AVAILABLE, source, purpose, amount)))
                    // R-LEDGER-06: the child's chain head goes into the giver's chain, out of the child's reach.
                    .anchoring(child), actor.userId()).id();
            funds.addAllocation(id, campaign.id(), actor.organisationId(), child, source, purpose, amount, ratio,
                    ratioReason, ratio.signum() > 0 ? draft.matchDueOn() : null, note, draft.requestKey(), entry,
                    actor.userId());
            auditLog.record(AuditEntry.success(actor, AuditAction.ALLOCATION, "allocation", id,
                    "to " + child + " " + source + " " + purpose + " " + amount + " ratio " + ratio.toPlainString()
                            + (ratioReason == null ? "" : " reason: " + ratioReason)));
            ids.add(id);
        });
        return new Outcome(ids, false);
    }

    /**
     * Matching money received by the child union of an allocation, booked with its voucher and origin
     * (R-MATCH-03); a form sent twice counts once. A match is welcome at any time, after the deadline too:
     * it is what lifts R-MATCH-02.
     */
    public Allocation recordMatch(Actor actor, long allocationId, MatchDraft draft) {
        actor.requireRole(Role.FINANCE);
        Allocation allocation = funds.allocation(allocationId)
                .orElseThrow(() -> new NotFoundException("allocation", allocationId));
        if (allocation.toUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("allocation " + allocationId);
        }
        campaigns.viewOpen(actor, allocation.campaignId()); // R-FUND-03
        Money money = FundIntake.positive("amount", draft.amount());
        if (draft.receivedOn() == null || draft.receivedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("receivedOn", "funds.receivedOn.invalid");
        }
        if (funds.contributionRecorded(draft.requestKey())) {
            throw new DomainException("funds.match.alreadyRecorded");
        }
        long union = allocation.toUnionId();
        String voucher = draft.voucherNumber() == null ? null : draft.voucherNumber().strip();
        boolean given = voucher != null && !voucher.isEmpty();
        MatchingRules.requireMatch(new MatchingRules.Match(voucher, draft.source(),
                given && funds.matchVoucherTaken(union, voucher), given && funds.receiptNumberTaken(union, voucher)));
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        long id = funds.nextContributionId();
        long entry = ledger.post(new JournalEntryDraft(EntryKind.MATCHING, new DocumentRef("matching_contribution", id),
                allocation.campaignId(), voucher + (note == null ? "" : " " + note), List.of(
                        JournalLine.of(union, AccountKind.RECEIVED, FundSource.MATCHING, allocation.purpose(), money.negated()),
                        JournalLine.of(union, AccountKind.AVAILABLE, FundSource.MATCHING, allocation.purpose(), money))),
                actor.userId()).id();
        if (!funds.addContribution(new Funds.NewContribution(id, allocationId, union, money, draft.receivedOn(),
                voucher, draft.source(), note, draft.requestKey(), entry, actor.userId()))) {
            // A concurrent request took the form or the voucher since the checks: the posting rolls back.
            throw funds.contributionRecorded(draft.requestKey()) ? new DomainException("funds.match.alreadyRecorded")
                    : DomainException.onField("voucherNumber", "funds.match.voucherDuplicate", voucher);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.MATCHING, "allocation", allocationId,
                money + " " + draft.source() + " " + voucher));
        return funds.allocation(allocationId).orElseThrow();
    }

    /** The matches recorded against an allocation its giver's or receiver's subtree may see. */
    @Transactional(readOnly = true)
    public List<MatchingContribution> contributions(Actor actor, long allocationId) {
        view(actor, allocationId);
        return funds.contributions(allocationId);
    }

    /** Allocations the actor's union gave or received. */
    @Transactional(readOnly = true)
    public List<Allocation> ofOwnUnion(Actor actor) {
        return funds.allocationsOf(actor.organisationId());
    }

    /** An allocation its giver's or receiver's subtree may see. */
    @Transactional(readOnly = true)
    public Allocation view(Actor actor, long allocationId) {
        Allocation allocation = funds.allocation(allocationId)
                .orElseThrow(() -> new NotFoundException("allocation", allocationId));
        Organisation to = organisations.findById(allocation.toUnionId()).orElseThrow();
        if (!actor.reaches(to.path())) {
            throw new OutsideScopeException("allocation " + allocationId);
        }
        return allocation;
    }

    /** The actor's union's direct children: whom it may allocate to. */
    @Transactional(readOnly = true)
    public List<Organisation> children(Actor actor) {
        return organisations.childrenOf(actor.organisationPath());
    }

    private Map<Long, Money> amounts(Actor actor, Map<Long, String> typed) {
        Map<Long, Money> amounts = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((child, text) -> {
                if (text != null && !text.isBlank()) {
                    Organisation union = organisations.findById(child)
                            .orElseThrow(() -> new NotFoundException("organisation", child));
                    if (union.getParentId() == null || union.getParentId().longValue() != actor.organisationId()) {
                        throw new OutsideScopeException("allocation to " + child);
                    }
                    amounts.put(child, FundIntake.positive("amount_" + child, text));
                }
            });
        }
        if (amounts.isEmpty()) {
            throw DomainException.onField("amounts", "funds.allocation.noAmount");
        }
        return amounts;
    }

    private static BigDecimal ratio(String typed) {
        try {
            BigDecimal ratio = typed == null || typed.isBlank() ? BigDecimal.ONE : new BigDecimal(typed.strip());
            if (ratio.signum() < 0 || ratio.compareTo(MAX_RATIO) > 0 || ratio.scale() > 2) {
                throw DomainException.onField("matchingRatio", "funds.ratio.invalid");
            }
            return ratio;
        } catch (NumberFormatException e) {
            throw DomainException.onField("matchingRatio", "funds.ratio.invalid");
        }
    }
}
