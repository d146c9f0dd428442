package org.unionaid.domain.disbursement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * The rules every line of a batch must pass when it is added and again at approval (DOMAIN §6–7), each
 * a small object that says why it refuses, in words a clerk understands. The first refusal is reported.
 */
public final class PaymentRules {

    /** One rule: empty when the line may be paid, else the refusal. */
    public interface Rule {
        Optional<Refusal> check(PaymentCase line);
    }

    /** A message key and its values. */
    public record Refusal(String messageKey, List<Object> arguments) {

        static Optional<Refusal> of(String messageKey, Object... arguments) {
            return Optional.of(new Refusal(messageKey, List.of(arguments)));
        }
    }

    /** In the order a clerk would look: the file, the account, the campaign, the money. */
    public static final List<Rule> ALL = List.of(new FileApproved(), new CampaignAllowsSource(),
            new FinanceMoneyByBankOnly(), new CentralMoneyForNationalFiles(), new BankAccountOfWorker(),
            new PaidOnce(), new WithinStandard(), new WithinCentralMoneyCap());

    private PaymentRules() {
    }

    public static Optional<Refusal> firstRefusal(PaymentCase line) {
        return ALL.stream().map(rule -> rule.check(line)).flatMap(Optional::stream).findFirst();
    }

    /** Only approved files receive money; exited and cancelled ones are named as such. */
    static final class FileApproved implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            FileStatus status = line.file().getStatus();
            return switch (status) {
                case APPROVED -> Optional.empty();
                case EXITED -> Refusal.of("payment.refused.exited");
                case CANCELLED -> Refusal.of("payment.refused.cancelled");
                default -> Refusal.of("payment.refused.notApproved");
            };
        }
    }

    /** Ring-fencing (专款专用): the campaign says which sources pay for which purpose. */
    static final class CampaignAllowsSource implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.campaign().allows(line.purpose(), line.source()) ? Optional.empty()
                    : Refusal.of("payment.refused.sourceNotAllowed");
        }
    }

    /** Seed 002: finance money is paid by bank transfer, never as goods or cash. */
    static final class FinanceMoneyByBankOnly implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.source().isFinance() && line.method() != PaymentMethod.BANK_TRANSFER
                    ? Refusal.of("payment.refused.financeNotCashOrGoods") : Optional.empty();
        }
    }

    /** Central and provincial special money helps households filed at national level (全国级档案) only. */
    static final class CentralMoneyForNationalFiles implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            boolean special = line.source() == FundSource.CENTRAL_SPECIAL || line.source() == FundSource.PROVINCIAL_SPECIAL;
            FileLevel level = line.file().hardship().map(h -> h.level()).orElse(null);
            return special && level != FileLevel.NATIONAL ? Refusal.of("payment.refused.levelNotNational")
                    : Optional.empty();
        }
    }

    /** A transfer goes to the worker's own card (实名制): no account, or another holder, is refused. */
    static final class BankAccountOfWorker implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.method() != PaymentMethod.BANK_TRANSFER) {
                return Optional.empty();
            }
            BankAccount account = line.file().getBankAccount();
            if (account == null) {
                return Refusal.of("payment.refused.noBankAccount");
            }
            return account.getHolder().equals(line.file().getWorkerName()) ? Optional.empty()
                    : Refusal.of("payment.refused.holderNotWorker");
        }
    }

    /** Once per campaign and purpose, whether paid already or waiting in another batch. */
    static final class PaidOnce implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            return line.claimedElsewhere() ? Refusal.of("payment.refused.alreadyPaid") : Optional.empty();
        }
    }

    /** At most the campaign's standard for the household's category and the purpose. */
    static final class WithinStandard implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.category() == null) {
                return Refusal.of("payment.refused.noCategory");
            }
            Optional<Money> standard = line.campaign().standard(line.category(), line.purpose());
            if (standard.isEmpty()) {
                return Refusal.of("payment.refused.noStandard");
            }
            return line.amount().isGreaterThan(standard.get()) ? Refusal.of("payment.refused.aboveStandard",
                    standard.get()) : Optional.empty();
        }
    }

    /**
     * Central special money's caps (2015 measures, revised 2020): living aid at most a year of 低保 for the
     * household; study aid at most 10 months of basic living cost per student. Medical aid's cap, the
     * patient's own share of costs, needs the hospital bill and is checked by the reviewer on the documents.
     */
    static final class WithinCentralMoneyCap implements Rule {
        @Override
        public Optional<Refusal> check(PaymentCase line) {
            if (line.source() != FundSource.CENTRAL_SPECIAL) {
                return Optional.empty();
            }
            if (line.purpose() == FundPurpose.LIVING) {
                if (line.livingStandard() == null) {
                    return Refusal.of("payment.refused.noLivingStandard");
                }
                Money cap = line.livingStandard().times(BigDecimal.valueOf(12L * line.file().people().size()));
                return line.amount().isGreaterThan(cap) ? Refusal.of("payment.refused.aboveCap", cap) : Optional.empty();
            }
            if (line.purpose() == FundPurpose.EDUCATION) {
                Money monthly = line.campaign().studyLivingCostMonthly();
                if (monthly == null || line.students() == 0) {
                    return Refusal.of("payment.refused.noStudyCap");
                }
                Money cap = monthly.times(BigDecimal.valueOf((long) Campaign.STUDY_CAP_MONTHS * line.students()));
                return line.amount().isGreaterThan(cap) ? Refusal.of("payment.refused.aboveCap", cap) : Optional.empty();
            }
            return Optional.empty();
        }
    }
}
