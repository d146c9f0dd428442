package org.unionaid.domain.hardship;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;

/**
 * The reference data a file is checked against — whether a division exists, the 低保标准 in force
 * — remembered for the life of one use case, so that an import of many rows asks the database
 * once per division and year rather than once per row.
 */
final class ReferenceLookups {

    private final Regions regions;
    private final MinimumLivingStandards standards;
    private final Map<String, Boolean> regionExists = new HashMap<>();
    private final Map<String, Optional<StandardFigures>> standardByRegionAndYear = new HashMap<>();

    ReferenceLookups(Regions regions, MinimumLivingStandards standards) {
        this.regions = regions;
        this.standards = standards;
    }

    boolean regionExists(String code) {
        return regionExists.computeIfAbsent(code, c -> regions.nameOf(new RegionCode(c)).isPresent());
    }

    Optional<StandardFigures> standard(RegionCode region, int year) {
        return standardByRegionAndYear.computeIfAbsent(region.value() + "/" + year,
                key -> standards.applicable(region, year).map(MinimumLivingStandard::figures));
    }
}
