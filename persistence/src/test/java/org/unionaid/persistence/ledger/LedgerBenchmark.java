package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.Chains;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingContent;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Ledger postings per second into one union and spread over 1,000 unions, and the verification of a
 * chain of 1,000,000 postings, each against plain INSERTs (COPY for the million) of the same rows
 * into tables with a primary key only: no hash, no lock, no trigger, no balance, in the same run.
 * Not part of the build: {@code benchmarks/ledger/run.sh} runs it.
 */
@Tag("benchmark")
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LedgerBenchmark {

    private static final FundSource SOURCE = FundSource.UNIT_DONATION;
    private static final FundPurpose PURPOSE = FundPurpose.CONDOLENCE;
    private static final int THREADS = Integer.getInteger("ledger.threads", 4);
    private static final int ENTRIES = Integer.getInteger("ledger.entries", 20_000);
    private static final int CHAIN = Integer.getInteger("ledger.chain", 1_000_000);
    private static final int SPREAD = 1_000;
    private static final int RUNS = 3;
    private static final byte[] NO_HASH = new byte[ChainHash.LENGTH];

    @Autowired
    Ledger ledger;

    @Autowired
    ChainVerification verification;

    @Autowired
    Chains chains;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final AtomicLong plainIds = new AtomicLong(1);
    private long user;

    @Test
    void postingThroughputAndChainVerification() throws Exception {
        LedgerFixtures fixtures = new LedgerFixtures(organisations, jdbc);
        long root = inTransaction(() -> fixtures.union("省"));
        user = inTransaction(() -> fixtures.user(root));
        long single = inTransaction(() -> fixtures.union("单"));
        long[] spread = inTransaction(() -> {
            long[] unions = new long[SPREAD];
            for (int i = 0; i < SPREAD; i++) {
                unions[i] = fixtures.union("散" + i);
            }
            return unions;
        });
        createPlainTables();
        // Every chain exists before the clock runs: a first posting also creates its head.
        inTransaction(() -> ledger.post(donation(single, SOURCE, PURPOSE, "1"), user));
        for (long union : spread) {
            inTransaction(() -> ledger.post(donation(union, SOURCE, PURPOSE, "1"), user));
        }
        throughput("one union", i -> single);
        throughput("1,000 unions", i -> spread[ThreadLocalRandom.current().nextInt(SPREAD)]);
        chainOfAMillion(inTransaction(() -> fixtures.union("百万")));
    }

    private void throughput(String where, LongUnaryOperator union) throws Exception {
        double[] plain = new double[RUNS];
        double[] posted = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            plain[run] = entriesPerSecond(i -> plainInsert(union.applyAsLong(i)));
            posted[run] = entriesPerSecond(i -> inTransaction(() -> ledger.post(
                    donation(union.applyAsLong(i), SOURCE, PURPOSE, "1.00"), user)));
        }
        System.out.printf("LEDGER postings into %s, %d threads × %,d entries of 2 postings, median of %d: "
                + "plain INSERT %,.0f entries/s (%,.0f postings/s); ledger %,.0f entries/s (%,.0f postings/s); "
                + "%.2f× the plain time%n", where, THREADS, ENTRIES / THREADS, RUNS, median(plain),
                2 * median(plain), median(posted), 2 * median(posted), median(plain) / median(posted));
    }

    /** Entries per second over {@link #ENTRIES} entries, each in its own transaction, on {@link #THREADS} threads. */
    private double entriesPerSecond(LongConsumer entry) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Object>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writers.add(() -> {
                for (int i = 0; i < ENTRIES / THREADS; i++) {
                    entry.accept(i);
                }
                return null;
            });
        }
        long started = System.nanoTime();
        try {
            for (Future<Object> writer : pool.invokeAll(writers, 30, TimeUnit.MINUTES)) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ENTRIES / ((System.nanoTime() - started) / 1e9);
    }

    /** The same rows as a donation's, in one statement as the ledger writes them, without what the ledger adds. */
    private void plainInsert(long union) {
        long entry = plainIds.getAndIncrement();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        inTransaction(() -> jdbc.sql("""
                with entry as (
                    insert into bench_plain_entry (id, kind, document_type, document_id, campaign_id, memo,
                                                   reverses_entry_id, posted_at, posted_by)
                    values (:entry, 'DONATION', 'donation', :entry, null, '捐款', null, :now, :user)
                )
                insert into bench_plain_posting (id, entry_id, union_id, chain_seq, account_kind, fund_source, purpose,
                                                 amount, posted_at, prev_hash, hash, content_version)
                values (:first, :entry, :union, 0, 'RECEIVED', 'UNIT_DONATION', 'CONDOLENCE', -1.00, :now, :hash, :hash, 2),
                       (:second, :entry, :union, 0, 'AVAILABLE', 'UNIT_DONATION', 'CONDOLENCE', 1.00, :now, :hash, :hash, 2)
                """).param("entry", entry).param("now", now).param("user", user).param("union", union)
                .param("first", 2 * entry).param("second", 2 * entry + 1).param("hash", NO_HASH).update());
    }

    /**
     * The chain is built by a fast path: the same canonical form and hashes as the ledger's writer,
     * COPYed in chunks of 50,000 postings (triggers and foreign keys on), because half a million
     * entries through the service would take longer than the measurement.
     */
    private void chainOfAMillion(long union) throws Exception {
        int entries = CHAIN / 2;
        long firstId = jdbc.sql("select nextval('ledger_entry_seq')").query(Long.class).single();
        jdbc.sql("select setval('ledger_entry_seq', :last)").param("last", firstId + entries + 100)
                .query(Long.class).single();
        long started = System.nanoTime();
        ChainHead head = copyChain(union, firstId, entries, "ledger_entry", "ledger_posting", true);
        double seeded = (System.nanoTime() - started) / 1e9;
        // The balances followed the COPYed postings by the posting trigger (R-LEDGER-03).
        inTransaction(() -> jdbc.sql("insert into ledger_chain_head (union_id, last_seq, last_hash) values (:u, :seq, :hash)")
                .param("u", union).param("seq", head.lastSeq()).param("hash", head.lastHash().bytes()).update());
        createPlainTables();
        started = System.nanoTime();
        copyChain(union, 1, entries, "bench_plain_entry", "bench_plain_posting", false);
        double plainCopy = (System.nanoTime() - started) / 1e9;
        jdbc.sql("vacuum analyze ledger_posting").update();
        jdbc.sql("vacuum analyze ledger_entry").update();

        double[] verified = new double[RUNS];
        double[] read = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            started = System.nanoTime();
            long rows = readChain(union, head.lastSeq());
            read[run] = (System.nanoTime() - started) / 1e9;
            assertThat(rows).isEqualTo(CHAIN);
            started = System.nanoTime();
            ChainReport report = verification.verify(union);
            verified[run] = (System.nanoTime() - started) / 1e9;
            assertThat(report.intact()).isTrue();
            assertThat(report.postingsVerified()).isEqualTo(CHAIN);
            assertThat(report.headHash()).isEqualTo(head.lastHash());
        }
        System.out.printf("LEDGER chain of %,d postings: written by COPY with hashes, triggers and foreign keys "
                + "%.1f s; plain COPY of the same rows %.1f s (%.1f×)%n", CHAIN, seeded, plainCopy, seeded / plainCopy);
        System.out.printf("LEDGER verification of %,d postings, median of %d: read the same pages without hashing "
                + "%.2f s (%,.0f postings/s); verify %.2f s (%,.0f postings/s); %.2f× the read%n", CHAIN, RUNS,
                median(read), CHAIN / median(read), median(verified), CHAIN / median(verified),
                median(verified) / median(read));
    }

    /** The verifier's pages, mapped to postings, without hashing them. */
    private long readChain(long union, long upTo) {
        long count = 0;
        long after = 0;
        List<Posting> page;
        do {
            page = chains.page(union, after, upTo, 5_000);
            count += page.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1).chainSeq();
        } while (!page.isEmpty());
        return count;
    }

    private ChainHead copyChain(long union, long firstEntryId, int entries, String entryTable, String postingTable,
            boolean hashed) throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(30, ChronoUnit.DAYS);
        ChainHead head = ChainHead.empty(union);
        long postingId = 1;
        int chunk = 25_000;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PGConnection postgres = connection.unwrap(PGConnection.class);
            for (int from = 0; from < entries; from += chunk) {
                StringBuilder entryRows = new StringBuilder();
                StringBuilder postingRows = new StringBuilder();
                for (int i = from; i < Math.min(entries, from + chunk); i++) {
                    long entryId = firstEntryId + i;
                    Money amount = Money.yuan(String.valueOf(1 + i % 500));
                    EntryHeader header = new EntryHeader(EntryKind.DONATION, new DocumentRef("donation", entryId), null,
                            "捐款", null, start.plus(i, ChronoUnit.MICROS), user);
                    entryRows.append(entryId).append("\tDONATION\tdonation\t").append(entryId).append("\t\\N\t捐款\t\\N\t")
                            .append(header.postedAt()).append('\t').append(user).append('\n');
                    for (LedgerAccount account : List.of(new LedgerAccount(union, AccountKind.RECEIVED, SOURCE, PURPOSE),
                            LedgerAccount.available(union, SOURCE, PURPOSE))) {
                        Money signed = account.kind() == AccountKind.RECEIVED ? amount.negated() : amount;
                        ChainLink link = hashed
                                ? ChainLink.after(head.lastHash(), new PostingContent(account, head.lastSeq() + 1,
                                        entryId, header, signed))
                                : new ChainLink(new PostingContent(account, head.lastSeq() + 1, entryId, header, signed),
                                        ChainHash.GENESIS, ChainHash.GENESIS);
                        head = hashed ? head.after(link) : new ChainHead(union, head.lastSeq() + 1, ChainHash.GENESIS);
                        if (!hashed) {
                            postingRows.append(postingId++).append('\t');
                        }
                        postingRows.append(entryId).append('\t').append(union).append('\t').append(head.lastSeq())
                                .append('\t').append(account.kind()).append('\t').append(SOURCE).append('\t')
                                .append(PURPOSE).append('\t').append(signed).append('\t').append(header.postedAt())
                                .append("\t\\\\x").append(link.prevHash().hex()).append("\t\\\\x")
                                .append(link.hash().hex()).append('\t')
                                .append(link.content().version()).append('\n');
                    }
                }
                postgres.getCopyAPI().copyIn("copy " + entryTable + " (id, kind, document_type, document_id, "
                        + "campaign_id, memo, reverses_entry_id, posted_at, posted_by) from stdin",
                        new StringReader(entryRows.toString()));
                postgres.getCopyAPI().copyIn("copy " + postingTable + " (" + (hashed ? "" : "id, ")
                        + "entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount, posted_at, "
                        + "prev_hash, hash, content_version) from stdin",
                        new StringReader(postingRows.toString()));
                connection.commit();
            }
        }
        return head;
    }

    private void createPlainTables() {
        inTransaction(() -> {
            jdbc.sql("drop table if exists bench_plain_posting, bench_plain_entry").update();
            jdbc.sql("create table bench_plain_entry (like ledger_entry)").update();
            jdbc.sql("alter table bench_plain_entry add primary key (id)").update();
            jdbc.sql("create table bench_plain_posting (like ledger_posting)").update();
            return jdbc.sql("alter table bench_plain_posting add primary key (id)").update();
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
