package org.unionaid.domain.disbursement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.shared.Refusal;

/**
 * The lines of a batch that pays named recipients (劳模, 一线职工, 困难农民工, 困难党员、老党员), judged by
 * {@link PaymentRules#NAMED}: filled from the lists kept in the paying union's subtree at the campaign's standard
 * for each recipient's group, checked again at approval and on the batch page, printed on the roster. The file
 * rules and their facts ({@link LineJudge}) are not involved: a named recipient has no file.
 */
final class NamedLines {

    private final Batches batches;
    private final NamedRecipients recipients;
    private final PayeeFit payees;

    NamedLines(Batches batches, NamedRecipients recipients, PayeeFit payees) {
        this.batches = batches;
        this.recipients = recipients;
        this.payees = payees;
    }

    /** Adds the recipients of the scope (of a group, or of one union) not yet holding a line for the campaign and purpose. */
    Disbursement.FillReport fill(Batch batch, Campaign campaign, OrganisationPath scope, RecipientGroup group,
            Long unionId) {
        List<NamedRecipient> listed = recipients.of(scope, group, unionId);
        Map<Long, Batches.OtherLine> claimed = batches.otherRecipientLines(batch.campaignId(), batch.purpose(),
                listed.stream().map(NamedRecipient::id).toList(), List.of());
        List<Batches.NewRecipientLine> payable = new ArrayList<>();
        List<LineRefusal> refused = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (NamedRecipient recipient : listed) {
            Optional<Money> standard = campaign.groupStandard(recipient.group(), batch.purpose());
            Money amount = standard.orElse(Money.ZERO);
            Optional<Refusal> refusal = judge(batch, campaign, recipient, amount, claimed.get(recipient.id()));
            if (refusal.isEmpty()) {
                payable.add(new Batches.NewRecipientLine(recipient.id(), amount, standard.orElse(null)));
                names.put(recipient.id(), recipient.name());
            } else {
                refused.add(LineRefusal.named(recipient.id(), recipient.name(), refusal.get()));
            }
        }
        Set<Long> stored = batches.addRecipientLines(batch.id(), batch.campaignId(), batch.purpose(), payable);
        for (Batches.NewRecipientLine line : payable) {
            if (!stored.contains(line.recipientId())) {
                // Another batch took the recipient between the check and the insert: the unique index decided.
                refused.add(LineRefusal.named(line.recipientId(), names.get(line.recipientId()),
                        Refusal.of("payment.refused.alreadyPaid")));
            }
        }
        return new Disbursement.FillReport(stored.size(), refused);
    }

    /** The batch's lines that would be refused now, by line id. */
    Map<Long, LineRefusal> problems(Batch batch, Campaign campaign, List<BatchLine> lines) {
        Map<Long, NamedRecipient> byId = recipients.findAll(lines.stream().map(BatchLine::recipientId).toList());
        Map<Long, Batches.OtherLine> claimed = batches.otherRecipientLines(batch.campaignId(), batch.purpose(),
                byId.keySet(), lines.stream().map(BatchLine::id).toList());
        Map<Long, LineRefusal> problems = new LinkedHashMap<>();
        for (BatchLine line : lines) {
            NamedRecipient recipient = byId.get(line.recipientId());
            if (recipient == null) {
                throw new IllegalStateException("line " + line.id() + " names a recipient that does not exist");
            }
            judge(batch, campaign, recipient, line.amount(), claimed.get(recipient.id())).ifPresent(refusal ->
                    problems.put(line.id(), LineRefusal.named(recipient.id(), recipient.name(), refusal)));
        }
        return problems;
    }

    /** A line's amount as changed, judged like the rest of the line (another line never holds its own recipient). */
    Optional<Refusal> judgeEdit(Batch batch, Campaign campaign, BatchLine line, Money amount) {
        NamedRecipient recipient = recipients.find(line.recipientId()).orElseThrow();
        Batches.OtherLine other = batches.otherRecipientLines(batch.campaignId(), batch.purpose(),
                List.of(recipient.id()), List.of(line.id())).get(recipient.id());
        return judge(batch, campaign, recipient, amount, other);
    }

    /** The roster rows of the lines, in their order: name, masked numbers, group and where each payment stands. */
    List<RosterLine> roster(List<BatchLine> lines) {
        Map<Long, NamedRecipient> byId = recipients.findAll(lines.stream().map(BatchLine::recipientId).toList());
        List<RosterLine> roster = new ArrayList<>();
        for (BatchLine line : lines) {
            NamedRecipient recipient = byId.get(line.recipientId());
            roster.add(new RosterLine(recipient.name(), recipient.idMasked(), recipient.organisationName(), null,
                    line.amount(), recipient.bank(), recipient.cardMasked(), line.reference(), line.status(),
                    recipient.group()));
        }
        return roster;
    }

    private Optional<Refusal> judge(Batch batch, Campaign campaign, NamedRecipient recipient, Money amount,
            Batches.OtherLine claimedBy) {
        if (amount.isZero()) {
            return Refusal.refuse("payment.refused.noGroupStandard");
        }
        return PaymentRules.firstRefusal(new NamedPaymentCase(campaign, batch.source(), batch.purpose(), batch.method(),
                recipient, amount, claimedBy, payeeRefusal(batch, recipient)));
    }

    private Optional<Refusal> payeeRefusal(Batch batch, NamedRecipient recipient) {
        if (batch.method() != PaymentMethod.BANK_TRANSFER || !recipient.hasCard()) {
            return Optional.empty();
        }
        long template = batch.bankTemplateId() != null ? batch.bankTemplateId() : payees.defaultTemplate();
        return payees.refusal(template, new PayeeFit.Payee(recipient.holder(), recipient.cardMasked(), recipient.bank(),
                recipient.idMasked()));
    }
}
