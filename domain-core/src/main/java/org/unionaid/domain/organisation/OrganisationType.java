package org.unionaid.domain.organisation;

/** Levels of the union tree (DOMAIN §2). Industry unions and 省直工委 hang under their level. */
public enum OrganisationType {
    /** 全国总工会 */
    NATIONAL,
    /** 省总工会 */
    PROVINCE,
    /** 省直机关工会工作委员会 */
    PROVINCIAL_ORGANS,
    /** 市总工会 */
    CITY,
    /** 县(区)总工会 */
    COUNTY,
    /** 产业工会 */
    INDUSTRY,
    /** 基层工会 */
    BASE;

    /**
     * Whether a union of type {@code child} may hang directly under a union of this type. Base
     * unions are leaves; industry unions sit under any level from county up.
     */
    public boolean mayHaveChild(OrganisationType child) {
        return switch (child) {
            case NATIONAL -> false;
            case PROVINCE -> this == NATIONAL;
            case PROVINCIAL_ORGANS, CITY -> this == PROVINCE;
            case COUNTY -> this == CITY || this == PROVINCE;
            case INDUSTRY -> this == NATIONAL || this == PROVINCE || this == CITY || this == COUNTY;
            case BASE -> this != BASE;
        };
    }
}
