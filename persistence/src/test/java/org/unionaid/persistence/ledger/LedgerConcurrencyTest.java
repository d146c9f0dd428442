package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.persistence.ledger.LedgerFixtures.allocation;
import static org.unionaid.persistence.ledger.LedgerFixtures.disbursement;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Many writers at once, each entry in its own committed transaction as in production. The unions
 * are new in every test, so the committed rows of one test never meet another's.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LedgerConcurrencyTest {

    private static final FundSource SOURCE = FundSource.UPPER_UNION;
    private static final FundPurpose PURPOSE = FundPurpose.CONDOLENCE;

    @Autowired
    Ledger ledger;

    @Autowired
    ChainVerification verification;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private LedgerFixtures fixtures;
    private long user;

    @BeforeEach
    void aUser() {
        fixtures = new LedgerFixtures(organisations, jdbc);
        long root = inTransaction(() -> fixtures.union("省"));
        user = inTransaction(() -> fixtures.user(root));
    }

    @Test
    void eightThreadsOfFiveHundredPostingsIntoOneUnionLeaveOneUnforkedChain() throws Exception {
        int threads = 8;
        int perThread = 500;
        long receiver = inTransaction(() -> fixtures.union("收"));
        List<Long> givers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "拨" + i;
            long giver = inTransaction(() -> fixtures.union(name));
            inTransaction(() -> ledger.post(donation(giver, SOURCE, PURPOSE, String.valueOf(perThread)), user));
            givers.add(giver);
        }

        runTogether(givers.stream().<Callable<Object>>map(giver -> () -> {
            for (int i = 0; i < perThread; i++) {
                inTransaction(() -> ledger.post(allocation(giver, receiver, SOURCE, PURPOSE, "1.00"), user));
            }
            return null;
        }).toList());

        long postings = threads * perThread;
        assertThat(jdbc.sql("""
                select count(*) = :n and count(distinct chain_seq) = :n and min(chain_seq) = 1 and max(chain_seq) = :n
                  from ledger_posting where union_id = :union
                """).param("n", postings).param("union", receiver).query(Boolean.class).single())
                .as("sequence 1..%d without gaps or doubles", postings).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from (select chain_seq, prev_hash, lag(hash) over (order by chain_seq) as previous
                                        from ledger_posting where union_id = :union) link
                 where chain_seq > 1 and prev_hash <> previous
                """).param("union", receiver).query(Long.class).single()).as("links to the previous hash").isZero();
        ChainReport report = verification.verify(receiver);
        assertThat(report.intact()).isTrue();
        assertThat(report.postingsVerified()).isEqualTo(postings);
        for (long giver : givers) {
            assertThat(verification.verify(giver).postingsVerified()).isEqualTo(2 + perThread);
            assertThat(ledger.balance(giver, AccountKind.AVAILABLE, SOURCE, PURPOSE)).isEqualTo(Money.ZERO);
        }
        assertThat(ledger.balance(receiver, AccountKind.AVAILABLE, SOURCE, PURPOSE))
                .isEqualTo(Money.yuan(String.valueOf(postings)));
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    @Test
    void allocationsBetweenTwoUnionsInOppositeDirectionsDoNotDeadlock() throws Exception {
        long east = inTransaction(() -> fixtures.union("东"));
        long west = inTransaction(() -> fixtures.union("西"));
        inTransaction(() -> ledger.post(donation(east, SOURCE, PURPOSE, "1000"), user));
        inTransaction(() -> ledger.post(donation(west, SOURCE, PURPOSE, "1000"), user));

        List<Callable<Object>> writers = new ArrayList<>();
        for (long[] direction : new long[][] {{east, west}, {west, east}, {east, west}, {west, east}}) {
            writers.add(() -> {
                for (int i = 0; i < 150; i++) {
                    inTransaction(() -> ledger.post(allocation(direction[0], direction[1], SOURCE, PURPOSE, "2.00"),
                            user));
                }
                return null;
            });
        }
        runTogether(writers);

        assertThat(verification.verify(east).postingsVerified()).isEqualTo(2 + 600);
        assertThat(verification.verify(west).intact()).isTrue();
        assertThat(ledger.balance(east, AccountKind.AVAILABLE, SOURCE, PURPOSE)).isEqualTo(Money.yuan("1000"));
        assertThat(ledger.balance(west, AccountKind.AVAILABLE, SOURCE, PURPOSE)).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void twoSpendsOfTheSameMoneyAtOnceLetExactlyOneThrough() throws Exception {
        long union = inTransaction(() -> fixtures.union("付"));
        inTransaction(() -> ledger.post(donation(union, SOURCE, PURPOSE, "100"), user));
        // Both have checked the balance before either pays: the early check alone cannot tell them apart.
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        Callable<Object> spend = () -> {
            try {
                return inTransaction(() -> {
                    ledger.requireAvailable(union, null, SOURCE, PURPOSE, Money.yuan("80"));
                    await(bothChecked);
                    return ledger.post(disbursement(union, SOURCE, PURPOSE, "80"), user);
                });
            } catch (DomainException refusal) {
                return refusal;
            }
        };

        List<Object> outcomes = runTogether(List.of(spend, spend));

        assertThat(outcomes).filteredOn(JournalEntry.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .satisfies(refusal -> {
                    assertThat(((DomainException) refusal).messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(((DomainException) refusal).arguments()).containsExactly(Money.yuan("20"));
                });
        assertThat(ledger.balance(union, AccountKind.AVAILABLE, SOURCE, PURPOSE)).isEqualTo(Money.yuan("20"));
    }

    @Test
    void twoReversalsOfOneEntryAtOnceLetExactlyOneThrough() throws Exception {
        long union = inTransaction(() -> fixtures.union("冲"));
        long donation = inTransaction(() -> ledger.post(donation(union, SOURCE, PURPOSE, "100"), user)).id();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Object> reverse = () -> {
            await(together);
            try {
                return inTransaction(() -> ledger.reverse(donation, "重复登记", user));
            } catch (DomainException refusal) {
                return refusal.messageKey();
            }
        };

        List<Object> outcomes = runTogether(List.of(reverse, reverse));

        assertThat(outcomes).filteredOn(JournalEntry.class::isInstance).hasSize(1);
        assertThat(outcomes).contains("ledger.reversal.already");
        assertThat(ledger.balance(union, AccountKind.AVAILABLE, SOURCE, PURPOSE)).isEqualTo(Money.ZERO);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> outcome : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
