package org.unionaid.persistence.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.reference.MinimumLivingStandard;

interface MinimumLivingStandardJpaRepository extends JpaRepository<MinimumLivingStandard, Long> {

    Optional<MinimumLivingStandard> findByRegionCodeAndYear(String regionCode, int year);

    @Query("select s from MinimumLivingStandard s where s.regionCode in :codes and s.year = :year")
    List<MinimumLivingStandard> findByRegionCodesAndYear(@Param("codes") List<String> codes, @Param("year") int year);

    @Query("""
            select s from MinimumLivingStandard s
             where s.regionCode like concat(:prefix, '%') and (:year is null or s.year = :year)
             order by s.year desc, s.regionCode
            """)
    Page<MinimumLivingStandard> search(@Param("prefix") String prefix, @Param("year") Integer year,
            Pageable pageable);
}
