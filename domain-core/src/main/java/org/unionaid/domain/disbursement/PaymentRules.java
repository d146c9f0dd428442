package org.unionaid.domain.disbursement;

import java.math.BigDecimal;
import java.util.Optional;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * The rules every line of a batch must pass when it is added and again at approval (DOMAIN §6–7;
 * docs/domain.md §7.3), each a small object that says why it refuses, in words a clerk understands, with its
 * id in docs/rules.md. The first refusal is reported. Batch approval calls exactly these again through
 * {@code Disbursement}, so a line that would be refused now cannot be paid.
 */
public final class PaymentRules {

    /** In the order a clerk would look: the file, the account, the campaign, the money. */
    public static final RuleSet<PaymentCase> ALL = RuleSet.of(new FileApproved(), new NoExclusion(),
            new ExitDecided(), new ReverificationCurrent(), new FiledBeforeDeadline(), new CampaignAllowsSource(),
            new FinanceMoneyByBankOnly(), new CentralMoneyForNationalFiles(), new BankAccountOfWorker(),
            new PayeeFitsTheBankFile(), new CardOfOneHousehold(), new PaidOnce(), new WithinStandard(),
            new WithinCentralMoneyCap(), new GoodsFromUnionMoney());

    /**
     * The rules of a line to a named recipient (劳模, 一线职工, 困难农民工, 困难党员、老党员): never finance money first, then
     * the rules every line passes whoever the payee — the campaign's sources, bank only for finance money, the
     * recipient's own card, the bank file, once per campaign and purpose, goods from union money — and the
     * campaign's standard for the recipient's group. The file rules (approved, exclusions, exit, re-verification,
     * levels, caps) stay with hardship files, which a named recipient is not.
     */
    public static final RuleSet<NamedPaymentCase> NAMED = RuleSet.of(new NamedNeverFinanceMoney(),
            new CampaignAllowsSource(), new FinanceMoneyByBankOnly(), new NamedOwnCard(), new PayeeFitsTheBankFile(),
            new PaidOnce(), new NamedWithinGroupStandard(), new GoodsFromUnionMoney());

    private PaymentRules() {
    }

    public static Optional<Refusal> firstRefusal(PaymentCase line) {
        return ALL.firstRefusal(line);
    }

    public static Optional<Refusal> firstRefusal(NamedPaymentCase line) {
        return NAMED.firstRefusal(line);
    }

    /**
     * R-STAT-05 — finance money (中央、省级财政专项, 地方财政) stays with approved hardship files (先建档，后帮扶, seed 002):
     * a named recipient — 劳模, 一线职工, 困难农民工, 困难党员 — is paid from union money, Party dues (seed 000: 从党费中安排
     * 慰问资金), donations or matching money, never from finance money.
     */
    static final class NamedNeverFinanceMoney implements Rule<NamedPaymentCase> {
        @Override
        public Optional<Refusal> check(NamedPaymentCase line) {
            return line.source().isFinance() ? Refusal.refuse("payment.refused.namedFinanceMoney") : Optional.empty();
        }
    }

    /**
     * R-STAT-06 — a named recipient is paid by name (seed 000: 实名制登记和签名确认): a transfer goes to a card kept on
     * the recipient's record in the recipient's own name.
     */
    static final class NamedOwnCard implements Rule<NamedPaymentCase> {
        @Override
        public Optional<Refusal> check(NamedPaymentCase line) {
            if (line.method() != PaymentMethod.BANK_TRANSFER) {
                return Optional.empty();
            }
            if (!line.recipient().hasCard()) {
                return Refusal.refuse("payment.refused.namedNoCard");
            }
            return line.recipient().holder().equals(line.recipient().name()) ? Optional.empty()
                    : Refusal.refuse("payment.refused.namedHolder");
        }
    }

    /**
     * R-STAT-07 — at most the campaign's standard for the recipient's group and the purpose (e.g. 劳模 · 送温暖慰问 ·
     * 1,000 元); a campaign that sets none for the group pays the group nothing.
     */
    static final class NamedWithinGroupStandard implements Rule<NamedPaymentCase> {
        @Override
        public Optional<Refusal> check(NamedPaymentCase line) {
            Optional<Money> standard = line.campaign().groupStandard(line.recipient().group(), line.purpose());
            if (standard.isEmpty()) {
                return Refusal.refuse("payment.refused.noGroupStandard");
            }
            return line.amount().isGreaterThan(standard.get())
                    ? Refusal.refuse("payment.refused.aboveGroupStandard", standard.get()) : Optional.empty();
        }
    }

    /** R-PAY-01 — only approved files receive money (先建档，后帮扶); exited and cancelled ones are named as such. */
    static final class FileApproved implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            FileStatus status = line.household().status();
            return switch (status) {
                case APPROVED -> Optional.empty();
                case EXITED -> Refusal.refuse("payment.refused.exited");
                case CANCELLED -> Refusal.refuse("payment.refused.cancelled");
                default -> Refusal.refuse("payment.refused.notApproved");
            };
        }
    }

    /** R-ELIG-01 — an exclusion recorded on the file, even after its approval, blocks every payment. */
    static final class NoExclusion implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.household().excluded() ? Refusal.refuse("payment.refused.excluded") : Optional.empty();
        }
    }

    /**
     * R-PAY-10 — a household proposed for exit (six months above 低保) is not paid until the exit is decided:
     * the file closed as exited, or the proposal rejected with a reason, or the file re-verified.
     */
    static final class ExitDecided implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.exitProposed() ? Refusal.refuse("payment.refused.exitProposed") : Optional.empty();
        }
    }

    /** R-PAY-12 — a file a year past its last verification is re-verified before it is paid again (动态管理). */
    static final class ReverificationCurrent implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.household().isDueForReverification(line.today())
                    ? Refusal.refuse("payment.refused.reverificationOverdue", line.household().lastVerifiedOn())
                    : Optional.empty();
        }
    }

    /** R-PAY-11 — seed 003: files not in by the campaign's filing deadline 视为自动放弃. */
    static final class FiledBeforeDeadline implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.campaign().filedTooLate(line.household().approvedOn())
                    ? Refusal.refuse("payment.refused.afterFilingDeadline", line.campaign().filingDeadline())
                    : Optional.empty();
        }
    }

    /** R-PAY-02 — ring-fencing (专款专用): the campaign says which sources pay for which purpose. */
    static final class CampaignAllowsSource implements Rule<PaymentTerms> {
        @Override
        public Optional<Refusal> check(PaymentTerms line) {
            return line.campaign().allows(line.purpose(), line.source()) ? Optional.empty()
                    : Refusal.refuse("payment.refused.sourceNotAllowed");
        }
    }

    /** R-PAY-03 — seed 002: finance money is paid by bank transfer, never as goods or cash. */
    static final class FinanceMoneyByBankOnly implements Rule<PaymentTerms> {
        @Override
        public Optional<Refusal> check(PaymentTerms line) {
            return line.source().isFinance() && line.method() != PaymentMethod.BANK_TRANSFER
                    ? Refusal.refuse("payment.refused.financeNotCashOrGoods") : Optional.empty();
        }
    }

    /**
     * R-PAY-04 — central and provincial special money helps households filed at national level (全国级档案)
     * only, as confirmed (R-LEVEL-01): a level the clerk proposed and nobody at that level confirmed counts for
     * nothing.
     */
    static final class CentralMoneyForNationalFiles implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            boolean special = line.source() == FundSource.CENTRAL_SPECIAL || line.source() == FundSource.PROVINCIAL_SPECIAL;
            if (!special || line.household().confirmedLevel() == FileLevel.NATIONAL) {
                return Optional.empty();
            }
            return line.household().describedLevel() == FileLevel.NATIONAL
                    ? Refusal.refuse("payment.refused.levelNotConfirmed") : Refusal.refuse("payment.refused.levelNotNational");
        }
    }

    /** R-PAY-05 — a transfer goes to the worker's own card (实名制): no account, or another holder, is refused. */
    static final class BankAccountOfWorker implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.method() != PaymentMethod.BANK_TRANSFER) {
                return Optional.empty();
            }
            PayableHousehold.Card card = line.household().card();
            if (card == null) {
                return Refusal.refuse("payment.refused.noBankAccount");
            }
            return card.holder().equals(line.household().workerName()) ? Optional.empty()
                    : Refusal.refuse("payment.refused.holderNotWorker");
        }
    }

    /**
     * R-PAY-13 — a payee the batch's bank file template cannot carry (a name character outside its encoding, a
     * separator a CSV field would need to quote, more bytes than its column) is refused when the line is added,
     * never after approval when the bank file is written.
     */
    static final class PayeeFitsTheBankFile implements Rule<PaymentTerms> {
        @Override
        public Optional<Refusal> check(PaymentTerms line) {
            return line.method() == PaymentMethod.BANK_TRANSFER ? line.payeeRefusal() : Optional.empty();
        }
    }

    /**
     * R-CARD-02 — a card that is also on another active file pays neither household, by any method, until the card
     * is corrected or the other file closed: defence in depth behind R-CARD-01's claims, for files written before
     * the claims existed (V39 left such a card claimed by its oldest file only).
     */
    static final class CardOfOneHousehold implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.cardOnAnotherFile() ? Refusal.refuse("payment.refused.cardOnAnotherFile") : Optional.empty();
        }
    }

    /**
     * R-PAY-06 — once per campaign and purpose, whether paid already or waiting in another batch: a household, or a
     * named recipient.
     */
    static final class PaidOnce implements Rule<PaymentTerms> {
        @Override
        public Optional<Refusal> check(PaymentTerms line) {
            Batches.OtherLine other = line.claimedBy();
            if (other == null) {
                return Optional.empty();
            }
            // Paid already, or waiting in another batch: the clerk looks in different places for each.
            return other.paid() ? Refusal.refuse("payment.refused.alreadyPaid")
                    : Refusal.refuse("payment.refused.inOtherBatch", String.valueOf(other.batchId()));
        }
    }

    /** R-PAY-07 — at most the campaign's standard for the household's category and the purpose. */
    static final class WithinStandard implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.category() == null) {
                return Refusal.refuse("payment.refused.noCategory");
            }
            Optional<Money> standard = line.campaign().standard(line.category(), line.purpose());
            if (standard.isEmpty()) {
                return Refusal.refuse("payment.refused.noStandard");
            }
            return line.amount().isGreaterThan(standard.get()) ? Refusal.refuse("payment.refused.aboveStandard",
                    standard.get()) : Optional.empty();
        }
    }

    /**
     * R-PAY-08 — central special money's caps (2015 measures, revised 2020): living aid at most a year of 低保 for the
     * household; study aid at most 10 months of basic living cost per student — each per calendar year, counted
     * over every campaign, batch and union that pays the household (the batches already approved this year).
     * Medical aid's cap, the patient's own share of costs, needs the hospital bill and is checked by the
     * reviewer on the documents.
     */
    static final class WithinCentralMoneyCap implements Rule<PaymentCase> {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.source() != FundSource.CENTRAL_SPECIAL) {
                return Optional.empty();
            }
            if (line.purpose() == FundPurpose.LIVING) {
                if (line.livingStandard() == null) {
                    return Refusal.refuse("payment.refused.noLivingStandard");
                }
                return withinTheYear(line, line.livingStandard().times(BigDecimal.valueOf(12L * line.household().people())));
            }
            if (line.purpose() == FundPurpose.EDUCATION) {
                Money monthly = line.campaign().studyLivingCostMonthly();
                if (monthly == null || line.students() == 0) {
                    return Refusal.refuse("payment.refused.noStudyCap");
                }
                return withinTheYear(line, monthly.times(BigDecimal.valueOf((long) Campaign.STUDY_CAP_MONTHS * line.students())));
            }
            return Optional.empty();
        }

        /** The cap counts the whole calendar year: what other batches already committed, plus this line. */
        private static Optional<Refusal> withinTheYear(PaymentCase line, Money cap) {
            return line.amount().plus(line.paidThisYear()).isGreaterThan(cap)
                    ? Refusal.refuse("payment.refused.aboveCap", cap, line.paidThisYear()) : Optional.empty();
        }

        /** Whether a batch of {@code source} for {@code purpose} is capped per household and year. */
        static boolean capped(FundSource source, FundPurpose purpose) {
            return source == FundSource.CENTRAL_SPECIAL
                    && (purpose == FundPurpose.LIVING || purpose == FundPurpose.EDUCATION);
        }
    }
}
