package org.unionaid.web.home;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * The dashboard's files by status in a subtree. Counting is a read of every file of the subtree: nothing for a base
 * union or a county, but about 100 ms for a province of 200,000 files, on every view of its admins' home page
 * (docs/benchmarks.md, pages). So a subtree found to hold {@value #LARGE} files or more keeps its counts for
 * {@link #FRESH} on this node: among that many files a minute's changes do not show in the tiles, and every
 * smaller subtree (every base union's clerk, who expects a new draft in the tile at once) is counted on each view.
 * When a large subtree's counts are older, the next view counts again while views at the same moment still get
 * the previous counts, so that a province's admins do not all count at once. Per node and in memory only: a
 * cache, not state (two nodes may differ by a minute's changes).
 */
@Component
class FileCounts {

    /** Subtrees with at least this many files are counted at most once per {@link #FRESH}. */
    static final long LARGE = 10_000;

    static final Duration FRESH = Duration.ofMinutes(1);

    /** Older counts are never handed out, not even while another view is counting again. */
    static final Duration STALE = Duration.ofMinutes(10);

    private final Function<OrganisationPath, Map<FileStatus, Long>> count;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<OrganisationPath, Counted> large = new ConcurrentHashMap<>();

    @Autowired
    FileCounts(HardshipFiles files) {
        this(files::countByStatus, System::nanoTime);
    }

    /** For tests: what counts, and a clock that only moves forward (not the application's movable clock). */
    FileCounts(Function<OrganisationPath, Map<FileStatus, Long>> count, LongSupplier nanoTime) {
        this.count = count;
        this.nanoTime = nanoTime;
    }

    private record Counted(Map<FileStatus, Long> byStatus, long countedAt, AtomicBoolean recounting) {
    }

    /** How many files of unions in {@code scope} are in each status (statuses with none are absent). */
    Map<FileStatus, Long> byStatus(OrganisationPath scope) {
        Counted known = large.get(scope);
        long now = nanoTime.getAsLong();
        if (known != null) {
            long age = now - known.countedAt();
            if (age < FRESH.toNanos()) {
                return known.byStatus();
            }
            if (age < STALE.toNanos() && !known.recounting().compareAndSet(false, true)) {
                return known.byStatus(); // another view is counting again right now
            }
        }
        try {
            Map<FileStatus, Long> counted = Map.copyOf(count.apply(scope));
            if (counted.values().stream().mapToLong(Long::longValue).sum() >= LARGE) {
                large.put(scope, new Counted(counted, now, new AtomicBoolean()));
            } else {
                large.remove(scope);
            }
            return counted;
        } finally {
            if (known != null) {
                known.recounting().set(false);
            }
        }
    }
}
