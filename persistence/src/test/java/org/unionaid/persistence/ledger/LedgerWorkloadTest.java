package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.Balance;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * A few hundred movements of every kind, reversals among them, drawn from a seeded random source
 * across four unions, three sources and three purposes. The test keeps its own books; at the end
 * the ledger's balances equal them, equal the sums of the postings, and every chain verifies.
 */
@PersistenceTest
class LedgerWorkloadTest {

    private static final int ENTRIES = 400;
    private static final FundSource[] SOURCES = {FundSource.CENTRAL_SPECIAL, FundSource.UNIT_DONATION,
            FundSource.MATCHING};
    /** A fixed order, so that the seeded draws pick the same accounts on every run. */
    private static final Comparator<LedgerAccount> ORDER = Comparator.comparingLong(LedgerAccount::unionId)
            .thenComparing(LedgerAccount::kind).thenComparing(LedgerAccount::source)
            .thenComparing(LedgerAccount::purpose)
            .thenComparing(LedgerAccount::campaignId, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final FundPurpose[] PURPOSES = {FundPurpose.CONDOLENCE, FundPurpose.LIVING, FundPurpose.DAILY};

    @Autowired
    Ledger ledger;

    @Autowired
    ChainVerification verification;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private final Random random = new Random(20_261_122);
    private final Map<LedgerAccount, Money> books = new HashMap<>();
    private final List<JournalEntry> reversible = new ArrayList<>();
    private final Set<Long> reversed = new HashSet<>();
    private long[] unions;
    private long user;

    @Test
    void balancesEqualTheSumsOfPostingsAndEveryChainVerifies() {
        var fixtures = new LedgerFixtures(organisations, jdbc);
        unions = new long[] {fixtures.union("省"), fixtures.union("市A"), fixtures.union("市B"), fixtures.union("区")};
        entityManager.flush();
        user = fixtures.user(unions[0]);
        Map<EntryKind, Integer> posted = new HashMap<>();

        while (posted.values().stream().mapToInt(Integer::intValue).sum() < ENTRIES) {
            JournalEntry entry = nextMovement();
            if (entry != null) {
                posted.merge(entry.kind(), 1, Integer::sum);
                entry.lines().forEach(line -> books.merge(line.account(), line.amount(), Money::plus));
            }
        }

        assertThat(posted.keySet()).as("every kind of movement was exercised").contains(EntryKind.DONATION,
                EntryKind.ALLOCATION, EntryKind.COMMITMENT, EntryKind.DISBURSEMENT, EntryKind.BANK_RETURN,
                EntryKind.BALANCE_TRANSFER, EntryKind.REVERSAL);
        assertThat(posted.get(EntryKind.REVERSAL)).isGreaterThan(10);
        assertThat(ledger.balanceDiscrepancies()).isEmpty();
        for (long union : unions) {
            assertThat(ledger.balances(union).stream().collect(Collectors.toMap(Balance::account, Balance::amount)))
                    .isEqualTo(booksOf(union));
            assertThat(verification.verify(union).intact()).isTrue();
        }
        assertThat(booksOf(unions[0]).entrySet()).anyMatch(account -> account.getKey().kind() == AccountKind.RECEIVED);
        // What COMMIT would run: PostgreSQL's own double-entry check of every entry.
        jdbc.sql("set constraints all immediate").update();
    }

    /**
     * A movement the books can afford, posted; {@code null} when the draw found nothing to move. Each movement is
     * of one of three campaigns and moves that campaign's money only (R-FUND-01): a balance transfer's daily line
     * belongs to no campaign.
     */
    private JournalEntry nextMovement() {
        long union = unions[random.nextInt(unions.length)];
        FundSource source = SOURCES[random.nextInt(SOURCES.length)];
        FundPurpose purpose = PURPOSES[random.nextInt(PURPOSES.length)];
        long campaign = random.nextInt(3);
        int draw = random.nextInt(100);
        if (draw < 25) {
            Money gift = amount(5000);
            return post(EntryKind.DONATION, campaign,
                    new JournalLine(account(union, AccountKind.RECEIVED, source, purpose, campaign), gift.negated()),
                    new JournalLine(account(union, AccountKind.AVAILABLE, source, purpose, campaign), gift));
        }
        if (draw < 45) {
            long to = unions[random.nextInt(unions.length)];
            return to == union ? null : move(EntryKind.ALLOCATION, campaign,
                    account(union, AccountKind.AVAILABLE, source, purpose, campaign),
                    account(to, AccountKind.AVAILABLE, source, purpose, campaign));
        }
        if (draw < 60) {
            return move(EntryKind.COMMITMENT, campaign, account(union, AccountKind.AVAILABLE, source, purpose, campaign),
                    account(union, AccountKind.COMMITTED, source, purpose, campaign));
        }
        if (draw < 75) {
            return move(EntryKind.DISBURSEMENT, campaign,
                    account(union, AccountKind.COMMITTED, source, purpose, campaign),
                    account(union, AccountKind.DISBURSED, source, purpose, campaign));
        }
        if (draw < 80) {
            // Returns are rare against any one account: take one that paid something, of a campaign.
            List<LedgerAccount> paid = books.entrySet().stream()
                    .filter(held -> held.getKey().kind() == AccountKind.DISBURSED && !held.getValue().isZero()
                            && held.getKey().campaignId() != null)
                    .map(Map.Entry::getKey).sorted(ORDER).toList();
            if (paid.isEmpty()) {
                return null;
            }
            LedgerAccount from = paid.get(random.nextInt(paid.size()));
            return move(EntryKind.BANK_RETURN, from.campaignId(), from,
                    new LedgerAccount(from.unionId(), AccountKind.AVAILABLE, from.source(), from.purpose(),
                            from.campaignId()));
        }
        if (draw < 85) {
            return purpose == FundPurpose.DAILY ? null : move(EntryKind.BALANCE_TRANSFER, campaign,
                    account(union, AccountKind.AVAILABLE, source, purpose, campaign),
                    account(union, AccountKind.AVAILABLE, source, FundPurpose.DAILY, campaign));
        }
        return reverseOne();
    }

    /** The account of the pool an entry of {@code campaign} puts a line of this purpose in. */
    private static LedgerAccount account(long union, AccountKind kind, FundSource source, FundPurpose purpose,
            long campaign) {
        return new LedgerAccount(union, kind, source, purpose, LedgerAccount.poolOf(campaign, purpose));
    }

    /** Part (or all) of what {@code from} holds, moved to {@code to}. */
    private JournalEntry move(EntryKind kind, long campaign, LedgerAccount from, LedgerAccount to) {
        Money held = books.getOrDefault(from, Money.ZERO);
        if (!held.isGreaterThan(Money.ZERO) || from.equals(to)) {
            return null;
        }
        Money amount = random.nextInt(4) == 0 ? held : min(held, amount(3000));
        return post(kind, campaign, new JournalLine(from, amount.negated()), new JournalLine(to, amount));
    }

    private JournalEntry reverseOne() {
        List<JournalEntry> affordable = reversible.stream().filter(Predicate.not(e -> reversed.contains(e.id())))
                .filter(this::affordsReversalOf).toList();
        if (affordable.isEmpty()) {
            return null;
        }
        JournalEntry original = affordable.get(random.nextInt(affordable.size()));
        reversed.add(original.id());
        return ledger.reverse(original.id(), "随机冲销", user);
    }

    private boolean affordsReversalOf(JournalEntry entry) {
        Map<LedgerAccount, Money> after = new HashMap<>();
        entry.lines().forEach(line -> after.merge(line.account(), line.amount().negated(), Money::plus));
        return after.entrySet().stream().noneMatch(change -> change.getKey().kind().holdsMoney()
                && books.getOrDefault(change.getKey(), Money.ZERO).plus(change.getValue()).isNegative());
    }

    private JournalEntry post(EntryKind kind, long campaign, JournalLine first, JournalLine second) {
        JournalEntry entry = ledger.post(new JournalEntryDraft(kind, LedgerFixtures.document("workload"), campaign,
                null, List.of(first, second)), user);
        reversible.add(entry);
        return entry;
    }

    private Money amount(int maxYuan) {
        return Money.of(BigDecimal.valueOf(1 + random.nextInt(maxYuan * 100), 2));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Map<LedgerAccount, Money> booksOf(long union) {
        return books.entrySet().stream().filter(account -> account.getKey().unionId() == union)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
