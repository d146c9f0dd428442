package org.unionaid.domain.hardship;

import java.util.EnumSet;
import java.util.Set;

import org.unionaid.domain.shared.DomainException;

/** Why the household is in hardship, what it needs, and the level the file is kept at. */
public record Hardship(Set<HardshipCause> causes, HardshipCause mainCause, Set<Need> needs, FileLevel level) {

    /** One or more causes with the main one among them, at least one need, and a level. */
    public Hardship {
        causes = causes == null || causes.isEmpty() ? Set.of() : EnumSet.copyOf(causes);
        needs = needs == null || needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
        if (causes.isEmpty()) {
            throw DomainException.onField("causes", "file.causes.required");
        }
        if (mainCause == null || !causes.contains(mainCause)) {
            throw DomainException.onField("mainCause", "file.mainCause.notAmongCauses");
        }
        if (needs.isEmpty()) {
            throw DomainException.onField("needs", "file.needs.required");
        }
        if (level == null) {
            throw DomainException.onField("level", "NotNull");
        }
    }
}
