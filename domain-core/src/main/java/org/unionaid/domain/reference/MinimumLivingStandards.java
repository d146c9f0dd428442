package org.unionaid.domain.reference;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.organisation.RegionCode;

/** 低保标准 entries. Implemented in the persistence module. */
public interface MinimumLivingStandards {

    MinimumLivingStandard add(MinimumLivingStandard standard);

    Optional<MinimumLivingStandard> findById(long id);

    Optional<MinimumLivingStandard> find(RegionCode region, int year);

    /**
     * The standard in force for a division and year: the county's own, else its city's, else its
     * province's, since many provinces set one standard for all their divisions.
     */
    Optional<MinimumLivingStandard> applicable(RegionCode region, int year);

    /** Entries for divisions whose code starts with {@code codePrefix}, newest year first. */
    Page<MinimumLivingStandard> search(String codePrefix, Integer year, Pageable pageable);
}
