package org.unionaid.web.benchmark;

import java.util.Arrays;

/** The figures the benchmarks report of their timed runs (nanoseconds): median and range. */
final class Runs {

    private Runs() {
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
