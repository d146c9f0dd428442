package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.tracking.IncomeTracking;

/**
 * Judges the lines of one batch by {@link PaymentRules}, a page of households at a time: what the rules need
 * beyond the file — other lines holding the household, an undecided exit proposal, the money already paid this
 * year, the 低保 in force, whether the bank file can carry the payee, cards shared with another file — and the files
 * themselves as the rules read them ({@link PayableHousehold}, never the whole entity) are gathered once per page,
 * in one query each, so that fill, approval and the batch page judge 100,000 lines alike and cheaply.
 */
final class LineJudge {

    private final Batch batch;
    private final Campaign campaign;
    private final Batches batches;
    private final HardshipFiles files;
    private final IncomeTracking incomes;
    private final MinimumLivingStandards standards;
    private final PayeeFit payees;
    private final long bankTemplate;
    private final LocalDate today;
    private final Map<RegionCode, Optional<Money>> livingByRegion = new HashMap<>();

    LineJudge(Batch batch, Campaign campaign, Batches batches, HardshipFiles files, IncomeTracking incomes,
            MinimumLivingStandards standards, PayeeFit payees, LocalDate today) {
        this.files = files;
        this.payees = payees;
        // Batches made before templates were chosen at creation are judged as their first file would be written.
        this.bankTemplate = batch.bankTemplateId() != null ? batch.bankTemplateId() : payees.defaultTemplate();
        this.batch = batch;
        this.campaign = campaign;
        this.batches = batches;
        this.incomes = incomes;
        this.standards = standards;
        this.today = today;
    }

    /** Facts for households about to be added: any other line that has not failed holds them. */
    Page newLines(Collection<Long> fileIds) {
        Set<Long> claimed = batches.claimed(batch.campaignId(), batch.purpose(), fileIds, null);
        return new Page(claimed.isEmpty() ? Map.of()
                : batches.otherLines(batch.campaignId(), batch.purpose(), claimed, List.of()), fileIds);
    }

    /** Facts for the batch's own lines (line id to file id): a line elsewhere holds the household. */
    Page existingLines(Map<Long, Long> fileByLine) {
        Set<Long> claimed = batches.claimedElsewhere(batch.campaignId(), batch.purpose(), fileByLine);
        return new Page(claimed.isEmpty() ? Map.of()
                : batches.otherLines(batch.campaignId(), batch.purpose(), claimed, fileByLine.keySet()),
                fileByLine.values());
    }

    /** What one page of households is judged with. */
    final class Page {

        private final Map<Long, Batches.OtherLine> claimed;
        private final Set<Long> exitProposed;
        private final Map<Long, Money> paidThisYear;
        private final Set<Long> sharedCards;
        private final Map<Long, PayableHousehold> households;

        private Page(Map<Long, Batches.OtherLine> claimed, Collection<Long> fileIds) {
            this.claimed = claimed;
            this.households = files.payable(fileIds);
            this.exitProposed = incomes.proposedForExit(fileIds);
            this.sharedCards = files.sharingTheirCard(fileIds);
            this.paidThisYear = PaymentRules.WithinCentralMoneyCap.capped(batch.source(), batch.purpose())
                    ? batches.paidThisYear(fileIds, batch.source(), batch.purpose(), today.getYear(), batch.id())
                    : Map.of();
        }

        /** The first rule that refuses paying {@code amount} to the household, if any. */
        Optional<Refusal> judge(PayableHousehold household, Money amount) {
            return PaymentRules.firstRefusal(paymentCase(household, amount));
        }

        /** The households of this page as the rules read them, by file id (one statement). */
        Map<Long, PayableHousehold> households() {
            return households;
        }

        PaymentCase paymentCase(PayableHousehold household, Money amount) {
            long id = household.fileId();
            return new PaymentCase(campaign, batch.source(), batch.purpose(), batch.method(), household, amount,
                    claimed.get(id), livingStandard(household), household.students(), exitProposed.contains(id),
                    today, paidThisYear.getOrDefault(id, Money.ZERO), payeeRefusal(household),
                    sharedCards.contains(id));
        }

        private Optional<Refusal> payeeRefusal(PayableHousehold household) {
            PayableHousehold.Card card = household.card();
            if (batch.method() != PaymentMethod.BANK_TRANSFER || card == null) {
                return Optional.empty();
            }
            return payees.refusal(bankTemplate, new PayeeFit.Payee(card.holder(), card.masked(), card.bank(),
                    household.workerIdMasked()));
        }
    }

    /**
     * The 低保 standard where the household lives, which only central living aid's cap reads (R-PAY-08): looked up
     * for such a batch only, once per region for the whole batch.
     */
    private Money livingStandard(PayableHousehold household) {
        boolean read = batch.source() == FundSource.CENTRAL_SPECIAL && batch.purpose() == FundPurpose.LIVING;
        return read ? living(household.region()) : null;
    }

    private Money living(RegionCode region) {
        return livingByRegion.computeIfAbsent(region, r -> standards.applicable(r, today.getYear())
                .map(MinimumLivingStandard::getMonthlyAmount)).orElse(null);
    }
}
