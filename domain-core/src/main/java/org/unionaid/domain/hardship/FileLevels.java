package org.unionaid.domain.hardship;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * R-LEVEL-01 — the level a file is kept at: the one the clerk proposed, and the one in effect, confirmed as far
 * as an approver's union reaches. Lowering the proposal lowers the level in effect at once; raising it waits
 * for a new confirmation.
 */
@Embeddable
public class FileLevels {

    @Enumerated(EnumType.STRING)
    private FileLevel level;

    @Enumerated(EnumType.STRING)
    private FileLevel confirmedLevel;

    private Long levelConfirmedBy;

    protected FileLevels() {
        // for JPA, and "no level proposed yet"
    }

    static FileLevels none() {
        return new FileLevels();
    }

    void propose(FileLevel proposal) {
        level = proposal;
        if (confirmedLevel != null && confirmedLevel.isAbove(level)) {
            confirmedLevel = level;
        }
    }

    /**
     * Confirms the proposal up to {@code confirmableLevel}: the proposal itself if the approver's union is at its
     * level or above, else as high as the union reaches. Whether the level in effect rose.
     */
    boolean confirm(FileLevel confirmableLevel, long approver) {
        if (level == null) {
            return false;
        }
        FileLevel confirmable = confirmableLevel.isAbove(level) ? level : confirmableLevel;
        if (confirmedLevel != null && !confirmable.isAbove(confirmedLevel)) {
            return false;
        }
        confirmedLevel = confirmable;
        levelConfirmedBy = approver;
        return true;
    }

    public FileLevel getProposed() {
        return level;
    }

    /** The level in effect, or null if none is confirmed. */
    public FileLevel getConfirmed() {
        return confirmedLevel;
    }

    public Long getConfirmedBy() {
        return levelConfirmedBy;
    }

    /** A level is proposed and not (fully) confirmed. */
    public boolean isAwaitingConfirmation() {
        return level != null && level != confirmedLevel;
    }
}
