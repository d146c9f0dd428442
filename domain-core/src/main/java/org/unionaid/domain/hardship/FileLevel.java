package org.unionaid.domain.hardship;

import org.unionaid.domain.organisation.OrganisationType;

/**
 * The level a file is kept at, highest first; it decides which money may reach it (central and provincial
 * money: 全国级 only). The clerk proposes it; it takes effect as far as an approver's union reaches
 * (R-LEVEL-01).
 */
public enum FileLevel {
    /** 全国级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL,
    /** 地市级 */
    PREFECTURAL,
    /** 区县级 */
    COUNTY,
    /** 基层 */
    BASE;

    public boolean isAbove(FileLevel other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The highest level an approver of a union of {@code type} may confirm: its own level. An industry
     * union confirms no higher than county level — a higher industry union's files are confirmed by the
     * federation of its level — and a base union confirms none above its own.
     */
    public static FileLevel confirmableBy(OrganisationType type) {
        return switch (type) {
            case NATIONAL -> NATIONAL;
            case PROVINCE, PROVINCIAL_ORGANS -> PROVINCIAL;
            case CITY -> PREFECTURAL;
            case COUNTY, INDUSTRY -> COUNTY;
            case BASE -> BASE;
        };
    }
}
