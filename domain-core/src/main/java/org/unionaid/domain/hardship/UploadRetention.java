package org.unionaid.domain.hardship;

import java.time.Duration;
import java.time.Instant;

/**
 * R-PRIV-02 — an uploaded import spreadsheet is personal data (names, ID numbers, cards, incomes of whole
 * households) and is kept only while it serves its import: sealed at rest like every other such value, and its
 * content erased as soon as the import is committed, abandoned, or refused (once the refusal's report is made),
 * and at the latest {@link #KEPT_AT_MOST} after it was uploaded. The row stays (who uploaded which file when,
 * and what became of it), the content does not; every erasure is in the audit log.
 */
public final class UploadRetention {

    /** No upload's content is kept longer than this. */
    public static final Duration KEPT_AT_MOST = Duration.ofDays(7);

    /** How often the sweep runs; it erases what would pass {@link #KEPT_AT_MOST} before the next sweep. */
    public static final Duration SWEEP_EVERY = Duration.ofMinutes(15);

    /** Why an upload's content went. */
    public enum Reason {
        /** its files were opened: the spreadsheet has served */
        COMMITTED,
        /** its uploader gave the import up */
        ABANDONED,
        /** its check found problems: the report is made and kept, the sheet is corrected and uploaded again */
        REFUSED,
        /** neither committed nor abandoned within {@link #KEPT_AT_MOST} */
        EXPIRED
    }

    private UploadRetention() {
    }

    /** A sweep at {@code now} erases every upload uploaded before this, so that none outlives the limit. */
    public static Instant sweepCutoff(Instant now) {
        return now.minus(KEPT_AT_MOST).plus(SWEEP_EVERY);
    }
}
