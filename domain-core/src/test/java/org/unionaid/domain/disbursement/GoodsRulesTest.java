package org.unionaid.domain.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.unionaid.domain.hardship.TestFiles.TODAY;

import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.TestFiles;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/**
 * Goods (实物) in the payment rules and on the batch. Specifies R-HAND-03 (goods from union matching money only, as
 * one of {@link PaymentRules#ALL}, so that fill and approval refuse it) and R-HAND-04 (each household's share
 * stated in full).
 */
class GoodsRulesTest {

    /** Condolence may be paid from every source a union holds, so that only the goods rule can refuse. */
    private static final Campaign CAMPAIGN = CampaignBuilder.organisedBy(TestFiles.COUNTY)
            .running(TODAY.minusDays(7), TODAY.plusMonths(3))
            .standard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE, "500")
            .allowing(FundPurpose.CONDOLENCE, FundSource.MATCHING, FundSource.OWN_UNION_FUNDS, FundSource.UNIT_DONATION,
                    FundSource.PERSONAL_DONATION, FundSource.SOCIAL_DONATION, FundSource.PARTY_DUES,
                    FundSource.UPPER_UNION, FundSource.LOCAL_FINANCE)
            .build();

    /** An approved household of 深度困难, with no card: goods and cash need none. */
    private static HardshipFile approved() {
        HardshipFile file = TestFiles.draft("12000");
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                EnumSet.of(Need.LIVING), FileLevel.COUNTY));
        file.submit();
        file.decideCategory(HardshipCategory.DEEP, null, false, TestFiles.REVIEWER, TestFiles.NOW);
        file.putOnNotice(7);
        file.passNotice();
        file.approve(TODAY.minusDays(14), TestFiles.APPROVER, FileLevel.COUNTY);
        return file;
    }

    private static Optional<String> refusal(FundSource source, PaymentMethod method) {
        return PaymentRules.firstRefusal(new PaymentCase(CAMPAIGN, source, FundPurpose.CONDOLENCE, method,
                PayableHousehold.of(approved()),
                Money.yuan("500"), null, Money.yuan("1250"), 0, false, TODAY, Money.ZERO, Optional.empty(), false))
                .map(Refusal::messageKey);
    }

    // R-HAND-03
    @Test
    void goodsAreBoughtFromMatchingMoneyOrTheUnionsOwnFunds() {
        assertThat(refusal(FundSource.MATCHING, PaymentMethod.GOODS)).isEmpty();
        assertThat(refusal(FundSource.OWN_UNION_FUNDS, PaymentMethod.GOODS)).isEmpty();
    }

    // R-HAND-03
    @Test
    void goodsFromDonationsDuesOrTheUnionAboveAreRefused() {
        for (FundSource source : EnumSet.of(FundSource.UNIT_DONATION, FundSource.PERSONAL_DONATION,
                FundSource.SOCIAL_DONATION, FundSource.PARTY_DUES, FundSource.UPPER_UNION)) {
            assertThat(refusal(source, PaymentMethod.GOODS)).as(source.name())
                    .contains("payment.refused.goodsNotFromUnionMoney");
        }
    }

    // R-HAND-03
    @Test
    void theSameMoneyMayStillBeHandedOverAsCashOrPaidByCard() {
        assertThat(refusal(FundSource.UNIT_DONATION, PaymentMethod.CASH)).isEmpty();
        assertThat(refusal(FundSource.UNIT_DONATION, PaymentMethod.BANK_TRANSFER))
                .as("a transfer needs the worker's card, and this household has none")
                .contains("payment.refused.noBankAccount");
    }

    // R-HAND-03
    @Test
    void financeMoneyAsGoodsIsRefusedForBeingFinanceMoneyFirst() {
        assertThat(refusal(FundSource.LOCAL_FINANCE, PaymentMethod.GOODS)).contains("payment.refused.financeNotCashOrGoods");
    }

    // R-HAND-04
    @Test
    void aShareNamesTheItemAWholeQuantityAndItsUnit() {
        Goods rice = Goods.of(" 东北大米 10kg 装 ", 2, " 袋 ");
        assertThat(rice).isEqualTo(new Goods("东北大米 10kg 装", 2, "袋"));
        assertThat(rice.complete()).isTrue();
    }

    // R-HAND-04
    @Test
    void anItemWithoutQuantityOrUnitIsRefusedNamingTheField() {
        assertThat(field(() -> Goods.of("大米", null, "袋"))).isEqualTo("goodsQuantity goods.quantity.invalid");
        assertThat(field(() -> Goods.of("大米", 0, "袋"))).isEqualTo("goodsQuantity goods.quantity.invalid");
        assertThat(field(() -> Goods.of("大米", Goods.MAX_QUANTITY + 1, "袋"))).isEqualTo("goodsQuantity goods.quantity.invalid");
        assertThat(field(() -> Goods.of("大米", 1, " "))).isEqualTo("goodsUnit goods.unit.required");
        assertThat(field(() -> Goods.of("", 1, "袋"))).isEqualTo("goods goods.item.required");
        assertThat(field(() -> Goods.of("米".repeat(Goods.MAX_ITEM + 1), 1, "袋"))).isEqualTo("goods goods.item.required");
    }

    // R-HAND-04
    @Test
    void aBatchRecordedBeforeTheShareWasAskedForIsNotComplete() {
        assertThat(new Goods("大米", null, null).complete()).isFalse();
    }

    private static String field(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException refusal = (DomainException) thrown;
        return refusal.field() + " " + refusal.messageKey();
    }
}
