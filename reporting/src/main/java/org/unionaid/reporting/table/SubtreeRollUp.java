package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.Campaigns;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Every union's statistics tables of a subtree for a campaign, computed bottom-up from the records in
 * one pass: each union's cell = its own figure (its measures, or its stored manual entry) + the totals
 * of its direct children. This is what the tables would say if every union submitted its live table
 * and every parent accepted it, so a province can see its whole tree at once and check the tables
 * actually reported against the records.
 * <p>
 * The measures run once per statement for the whole subtree, or for each of its two halves (grouped by
 * union, see {@link Measures#eachOwnFact}), never once per union; the sums up the tree are done in
 * memory, children before parents (which is deepest level first for every branch).
 */
@Service
public class SubtreeRollUp {

    private final Measures measures;
    private final Campaigns campaigns;
    private final JdbcClient jdbc;
    private final SnapshotReader snapshots;
    private final TransactionTemplate snapshotTransaction;

    public SubtreeRollUp(Measures measures, Campaigns campaigns, JdbcClient jdbc, SnapshotReader snapshots,
            PlatformTransactionManager transactions) {
        this.measures = measures;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.snapshotTransaction = new TransactionTemplate(transactions);
        snapshotTransaction.setReadOnly(true);
        snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The tables of every union under {@code rootId} (itself included) for the campaign's period. Called
     * outside a transaction, it reads in one REPEATABLE READ snapshot on two connections at once, each for
     * half of the unions; inside the caller's transaction, whose own writes no other connection could
     * see, on its connection alone.
     */
    public SubtreeTables rollUp(long rootId, long campaignId, List<TableDefinition> definitions) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return compute(rootId, campaignId, definitions, false);
        }
        return snapshotTransaction.execute(status -> compute(rootId, campaignId, definitions, true));
    }

    private SubtreeTables compute(long rootId, long campaignId, List<TableDefinition> definitions,
            boolean twoConnections) {
        Campaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
        OrganisationPath root = jdbc.sql("select path from organisation where id = :id").param("id", rootId)
                .query(String.class).optional().map(OrganisationPath::new)
                .orElseThrow(() -> new NotFoundException("union", rootId));
        CellLayout layout = new CellLayout(definitions);
        Tree tree = tree(root);
        int width = layout.size();
        BigDecimal[] own = new BigDecimal[tree.size() * width];

        // Each union lies in one part, so the two connections' facts land in different slots of own[].
        Measures.FactSink sink = (union, key, value) -> {
            int[] cells = layout.cellsOf(key);
            if (cells != null) {
                int base = tree.slot(union) * width;
                for (int cell : cells) {
                    own[base + cell] = own[base + cell] == null ? value : own[base + cell].add(value);
                }
            }
        };
        Measures.PathRange all = Measures.PathRange.of(root);
        if (twoConnections && tree.size() > 1) {
            // Every statement groups by union, so the unions split at any one of them in path order give
            // two exact halves of the work: each connection reads one half, all measures, on its own core.
            String middle = tree.paths[tree.size() / 2];
            CompletableFuture<Void> second = snapshots.start(SnapshotReader.export(jdbc), client -> {
                serial(client);
                new Measures(client).eachOwnFact(new Measures.PathRange(middle, all.upper()), campaignId,
                        campaign.startsOn(), campaign.endsOn(), layout.measures(), sink);
            });
            serial(jdbc);
            try {
                measures.eachOwnFact(new Measures.PathRange(all.lower(), middle), campaignId, campaign.startsOn(),
                        campaign.endsOn(), layout.measures(), sink);
            } catch (RuntimeException e) {
                // the second half must be over before the snapshot's transaction ends; this failure counts
                second.exceptionally(ignored -> null).join();
                throw e;
            }
            join(second);
        } else {
            measures.eachOwnFact(all, campaignId, campaign.startsOn(), campaign.endsOn(), layout.measures(), sink);
        }
        addManualCells(root, campaignId, layout, tree, own);

        BigDecimal[] totals = new BigDecimal[own.length];
        for (int i = 0; i < own.length; i++) {
            own[i] = layout.cell(i % width).kind().normalise(own[i]);
            totals[i] = own[i];
        }
        // Slots are in path order, so every descendant of a union comes after it: walking backwards,
        // a union's total is complete (all its children added) before it is added to its parent.
        for (int slot = tree.size() - 1; slot > 0; slot--) {
            int parent = tree.parents[slot];
            for (int cell = 0; cell < width; cell++) {
                totals[parent * width + cell] = totals[parent * width + cell].add(totals[slot * width + cell]);
            }
        }
        return new SubtreeTables(layout, tree.ids, tree.slots, own, totals);
    }

    /**
     * For the rest of the transaction: no parallel workers — the two connections already keep the cores
     * busy, and workers would only add their start-up, exchange and merge to the same CPU time; and sorts
     * of 32 MB in memory — the payments statement sorts half a province's paid lines (about 20 MB) for its
     * distinct households, which at the default 4 MB spill to disk in runs that are merged again (a
     * quarter of its time, docs/benchmarks.md). Two connections, a few sorts each: well within memory.
     */
    private static void serial(JdbcClient client) {
        client.sql("set local max_parallel_workers_per_gather = 0").update();
        client.sql("set local work_mem = '32MB'").update();
    }

    private static void join(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("roll-up reading failed", e.getCause());
        }
    }

    /** The figures each union entered by hand in its table (none when it has not opened one). */
    private void addManualCells(OrganisationPath root, long campaignId, CellLayout layout, Tree tree,
            BigDecimal[] own) {
        for (TableDefinition definition : layout.definitions()) {
            jdbc.sql("""
                    select t.organisation_id, c.cell, c.value
                      from report_table t
                      join organisation o on o.id = t.organisation_id
                      join report_manual_cell c on c.table_id = t.id
                     where t.campaign_id = :campaign and t.definition = :definition
                       and o.path >= :lower and o.path < :upper
                    """).param("campaign", campaignId).param("definition", definition.code())
                    .param("lower", root.lowerBound()).param("upper", root.upperBound()).query(rs -> {
                        int index = layout.index(definition.code(), rs.getString("cell"));
                        // only a manual cell takes an entry; a figure left from an older layout is ignored
                        if (index >= 0 && layout.cell(index).manual()) {
                            own[tree.slot(rs.getLong("organisation_id")) * layout.size() + index] =
                                    rs.getBigDecimal("value");
                        }
                    });
        }
    }

    private Tree tree(OrganisationPath root) {
        List<long[]> rows = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        jdbc.sql("""
                select id, coalesce(parent_id, 0) as parent_id, path from organisation
                 where path >= :lower and path < :upper order by path
                """).param("lower", root.lowerBound()).param("upper", root.upperBound()).query(rs -> {
                    rows.add(new long[] {rs.getLong("id"), rs.getLong("parent_id")});
                    paths.add(rs.getString("path"));
                });
        long[] ids = new long[rows.size()];
        int[] parents = new int[rows.size()];
        Map<Long, Integer> slots = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i)[0];
            slots.put(ids[i], i);
            // the root's parent lies outside the subtree
            parents[i] = i == 0 ? -1 : slots.get(rows.get(i)[1]);
        }
        return new Tree(ids, parents, paths.toArray(String[]::new), slots);
    }

    /** The unions of the subtree in path order (the root at slot 0) with each one's parent slot and path. */
    private record Tree(long[] ids, int[] parents, String[] paths, Map<Long, Integer> slots) {

        int size() {
            return ids.length;
        }

        int slot(long unionId) {
            return slots.get(unionId);
        }
    }
}
