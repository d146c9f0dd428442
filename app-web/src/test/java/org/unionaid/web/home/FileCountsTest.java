package org.unionaid.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.scope.OrganisationPath;

/** Small subtrees are counted on every view; a large one at most once a minute, and by one view at a time. */
class FileCountsTest {

    private static final OrganisationPath COUNTY = OrganisationPath.root(1).child(2);
    private static final OrganisationPath PROVINCE = OrganisationPath.root(3);

    private final AtomicLong nanos = new AtomicLong();
    private final Map<OrganisationPath, Long> approved = new HashMap<>(Map.of(COUNTY, 1_330L,
            PROVINCE, 199_500L));
    private final List<OrganisationPath> counted = new ArrayList<>();
    private final Function<OrganisationPath, Map<FileStatus, Long>> count = scope -> {
        counted.add(scope);
        Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
        byStatus.put(FileStatus.APPROVED, approved.get(scope));
        return byStatus;
    };
    private final FileCounts counts = new FileCounts(count, nanos::get);

    private void minutesPass(double minutes) {
        nanos.addAndGet((long) (minutes * 60e9));
    }

    @Test
    void aSmallSubtreeIsCountedOnEveryViewAndShowsEachChangeAtOnce() {
        assertThat(counts.byStatus(COUNTY)).containsEntry(FileStatus.APPROVED, 1_330L);
        approved.put(COUNTY, 1_331L);
        assertThat(counts.byStatus(COUNTY)).containsEntry(FileStatus.APPROVED, 1_331L);
        assertThat(counted).containsExactly(COUNTY, COUNTY);
    }

    @Test
    void aLargeSubtreeIsCountedAgainOnlyAfterAMinute() {
        assertThat(counts.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 199_500L);
        approved.put(PROVINCE, 199_501L);
        minutesPass(0.9);
        assertThat(counts.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 199_500L);
        minutesPass(0.2);
        assertThat(counts.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 199_501L);
        assertThat(counted).containsExactly(PROVINCE, PROVINCE);
    }

    /** Counts that, when counting for the second time, let one other view ask for the same subtree meanwhile. */
    private FileCounts withAViewMeanwhile(List<Long> seenMeanwhile) {
        FileCounts[] self = new FileCounts[1];
        self[0] = new FileCounts(scope -> {
            if (counted.size() == 1 && seenMeanwhile.isEmpty()) {
                seenMeanwhile.add(-1L);
                seenMeanwhile.set(0, self[0].byStatus(scope).get(FileStatus.APPROVED));
            }
            return count.apply(scope);
        }, nanos::get);
        return self[0];
    }

    @Test
    void whileOneViewCountsAgainTheOthersGetThePreviousCounts() {
        List<Long> seenMeanwhile = new ArrayList<>();
        FileCounts slow = withAViewMeanwhile(seenMeanwhile);
        slow.byStatus(PROVINCE);
        approved.put(PROVINCE, 200_000L);
        minutesPass(2);
        assertThat(slow.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 200_000L);
        assertThat(seenMeanwhile).containsExactly(199_500L);
        assertThat(counted).hasSize(2);
    }

    @Test
    void countsOlderThanTenMinutesAreNotHandedOutEvenWhileAnotherViewCounts() {
        List<Long> seenMeanwhile = new ArrayList<>();
        FileCounts slow = withAViewMeanwhile(seenMeanwhile);
        slow.byStatus(PROVINCE);
        approved.put(PROVINCE, 150_000L);
        minutesPass(11);
        assertThat(slow.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 150_000L);
        assertThat(seenMeanwhile).containsExactly(150_000L);
    }

    @Test
    void aSubtreeThatShrankBelowTheThresholdIsCountedOnEveryViewAgain() {
        counts.byStatus(PROVINCE);
        approved.put(PROVINCE, 9_000L);
        minutesPass(2);
        counts.byStatus(PROVINCE);
        approved.put(PROVINCE, 9_001L);
        assertThat(counts.byStatus(PROVINCE)).containsEntry(FileStatus.APPROVED, 9_001L);
        assertThat(counted).hasSize(3);
    }
}
