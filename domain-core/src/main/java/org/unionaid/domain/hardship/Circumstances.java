package org.unionaid.domain.hardship;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a file stores the {@link Hardship} described by the clerk: the causes, the main one, and the needs (the
 * level lives in {@link FileLevels}, with its confirmation).
 */
@Embeddable
public class Circumstances {

    // New sets, never changed in place: a converted value is compared with its snapshot, not tracked.
    @Convert(converter = CodeSets.Causes.class)
    private Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);

    @Enumerated(EnumType.STRING)
    private HardshipCause mainCause;

    @Convert(converter = CodeSets.Needs.class)
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    protected Circumstances() {
        // for JPA, and "not described yet"
    }

    static Circumstances of(Hardship hardship) {
        Circumstances circumstances = new Circumstances();
        circumstances.causes = EnumSet.copyOf(hardship.causes());
        circumstances.mainCause = hardship.mainCause();
        circumstances.needs = EnumSet.copyOf(hardship.needs());
        return circumstances;
    }

    boolean isDescribed() {
        return mainCause != null;
    }

    Hardship with(FileLevel level) {
        return new Hardship(EnumSet.copyOf(causes), mainCause, EnumSet.copyOf(needs), level);
    }

    Set<Need> needs() {
        return needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    }
}
