package org.unionaid.domain.disbursement;

import java.util.Optional;

import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;

/**
 * R-HAND-03 — goods (实物) are bought from union matching money (配套资金) or the union's own funds (本级工会经费)
 * only. Seed 002: 「慰问中发放慰问物品的资金由各级工会配套资金支出」. Donations of units and persons, Party dues and
 * money from the union above are handed to the households as money, by card or by a delegation, never spent on
 * goods for them. Finance money is refused first, with its own reason ({@code FinanceMoneyByBankOnly}, R-PAY-03).
 * One of {@link PaymentRules#ALL}, and checked when a goods batch is created ({@code Disbursement.create}).
 */
final class GoodsFromUnionMoney implements Rule<PaymentCase> {

    @Override
    public Optional<Refusal> check(PaymentCase line) {
        return line.method() == PaymentMethod.GOODS ? refusal(line.source()) : Optional.empty();
    }

    /** The refusal of goods bought from {@code source}, if it is not union matching money. */
    static Optional<Refusal> refusal(FundSource source) {
        return source == FundSource.MATCHING || source == FundSource.OWN_UNION_FUNDS ? Optional.empty()
                : Refusal.refuse("payment.refused.goodsNotFromUnionMoney");
    }
}
