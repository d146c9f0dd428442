package org.unionaid.domain.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.domain.hardship.TestFiles.TODAY;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.shared.Refusal;

/**
 * The rules of a line to a named recipient — a model worker, a front-line worker, a migrant worker in hardship, a
 * Party member — one test per rule. Specifies R-STAT-05 (never finance money), R-STAT-06 (paid by name, to the
 * person's own card), R-STAT-07 (within the group's standard), and that the rules every line passes whoever the
 * payee (R-PAY-02, R-PAY-06, R-HAND-03) judge these lines too, while the file rules do not.
 */
class NamedPaymentRulesTest {

    /** 劳模 1,000 and 困难党员 800 for condolence, from Party dues, own funds, matching money or local finance. */
    private static final Campaign CAMPAIGN = new Campaign(1, "2027年元旦春节送温暖", 2027, TODAY.minusDays(7),
            TODAY.plusMonths(3), 2, "西湖区总工会", TODAY.plusMonths(3), null,
            List.of(new Campaign.PaymentStandard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE, Money.yuan("2000"))),
            Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.PARTY_DUES, FundSource.OWN_UNION_FUNDS,
                    FundSource.MATCHING, FundSource.LOCAL_FINANCE, FundSource.UNIT_DONATION)),
            null, List.of(new Campaign.GroupStandard(RecipientGroup.MODEL_WORKER, FundPurpose.CONDOLENCE,
                    Money.yuan("1000")),
                    new Campaign.GroupStandard(RecipientGroup.PARTY_MEMBER, FundPurpose.CONDOLENCE, Money.yuan("800"))));

    private static final NamedRecipient MODEL_WORKER = recipient(RecipientGroup.MODEL_WORKER, "钱国栋", "钱国栋");

    private static NamedRecipient recipient(RecipientGroup group, String name, String holder) {
        return new NamedRecipient(7, 3, "龙井茶业工会", group, name, "330106********3012", "龙井茶业", "省劳模",
                holder == null ? null : Bank.ICBC, holder == null ? null : "622202******0466", holder, Instant.EPOCH);
    }

    private static Optional<String> refusal(NamedRecipient recipient, FundSource source, PaymentMethod method,
            String amount, Batches.OtherLine claimedBy) {
        return PaymentRules.firstRefusal(new NamedPaymentCase(CAMPAIGN, source, FundPurpose.CONDOLENCE, method,
                recipient, Money.yuan(amount), claimedBy, Optional.empty())).map(Refusal::messageKey);
    }

    // R-STAT-05
    @Test
    void aModelWorkerIsPaidFromPartyDuesOrUnionMoneyByCardOrByHand() {
        assertThat(refusal(MODEL_WORKER, FundSource.PARTY_DUES, PaymentMethod.BANK_TRANSFER, "1000", null)).isEmpty();
        assertThat(refusal(MODEL_WORKER, FundSource.PARTY_DUES, PaymentMethod.CASH, "1000", null)).isEmpty();
        assertThat(refusal(MODEL_WORKER, FundSource.OWN_UNION_FUNDS, PaymentMethod.GOODS, "1000", null)).isEmpty();
    }

    // R-STAT-05
    @Test
    void financeMoneyIsRefusedWhateverTheMethodEvenWhereTheCampaignAllowsIt() {
        for (PaymentMethod method : PaymentMethod.values()) {
            assertThat(refusal(MODEL_WORKER, FundSource.LOCAL_FINANCE, method, "1000", null)).as(method.name())
                    .contains("payment.refused.namedFinanceMoney");
        }
        assertThat(refusal(MODEL_WORKER, FundSource.CENTRAL_SPECIAL, PaymentMethod.BANK_TRANSFER, "1000", null))
                .contains("payment.refused.namedFinanceMoney");
    }

    // R-STAT-06
    @Test
    void aTransferGoesToTheRecipientsOwnCardAndWithoutOneOnlyByHand() {
        NamedRecipient noCard = recipient(RecipientGroup.MODEL_WORKER, "钱国栋", null);
        NamedRecipient someoneElses = recipient(RecipientGroup.MODEL_WORKER, "钱国栋", "钱小栋");

        assertThat(refusal(noCard, FundSource.PARTY_DUES, PaymentMethod.BANK_TRANSFER, "1000", null))
                .contains("payment.refused.namedNoCard");
        assertThat(refusal(noCard, FundSource.PARTY_DUES, PaymentMethod.CASH, "1000", null)).isEmpty();
        assertThat(refusal(someoneElses, FundSource.PARTY_DUES, PaymentMethod.BANK_TRANSFER, "1000", null))
                .contains("payment.refused.namedHolder");
    }

    // R-STAT-07
    @Test
    void atMostTheCampaignsStandardForTheGroupAndNothingForAGroupWithout() {
        NamedRecipient party = recipient(RecipientGroup.PARTY_MEMBER, "孙桂兰", "孙桂兰");
        NamedRecipient migrant = recipient(RecipientGroup.MIGRANT_WORKER, "赵大山", "赵大山");

        assertThat(refusal(party, FundSource.PARTY_DUES, PaymentMethod.CASH, "800", null)).isEmpty();
        assertThat(refusal(party, FundSource.PARTY_DUES, PaymentMethod.CASH, "800.01", null))
                .contains("payment.refused.aboveGroupStandard");
        assertThat(refusal(migrant, FundSource.PARTY_DUES, PaymentMethod.CASH, "500", null))
                .contains("payment.refused.noGroupStandard");
    }

    // R-PAY-06, R-PAY-02, R-HAND-03
    @Test
    void theRulesEveryLinePassesJudgeANamedLineToo() {
        assertThat(refusal(MODEL_WORKER, FundSource.PARTY_DUES, PaymentMethod.CASH, "1000",
                new Batches.OtherLine(12, true))).contains("payment.refused.alreadyPaid");
        assertThat(refusal(MODEL_WORKER, FundSource.PARTY_DUES, PaymentMethod.CASH, "1000",
                new Batches.OtherLine(12, false))).contains("payment.refused.inOtherBatch");
        assertThat(refusal(MODEL_WORKER, FundSource.PERSONAL_DONATION, PaymentMethod.CASH, "1000", null))
                .contains("payment.refused.sourceNotAllowed");
        assertThat(refusal(MODEL_WORKER, FundSource.PARTY_DUES, PaymentMethod.GOODS, "1000", null))
                .contains("payment.refused.goodsNotFromUnionMoney");
        assertThat(PaymentRules.NAMED.size()).isEqualTo(8);
    }
}
