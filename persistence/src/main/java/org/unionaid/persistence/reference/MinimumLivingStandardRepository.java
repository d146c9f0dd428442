package org.unionaid.persistence.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;

/** 低保标准 in PostgreSQL. */
@Repository
class MinimumLivingStandardRepository implements MinimumLivingStandards {

    private final MinimumLivingStandardJpaRepository jpa;

    MinimumLivingStandardRepository(MinimumLivingStandardJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public MinimumLivingStandard add(MinimumLivingStandard standard) {
        return jpa.save(standard);
    }

    @Override
    public Optional<MinimumLivingStandard> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public Optional<MinimumLivingStandard> find(RegionCode region, int year) {
        return jpa.findByRegionCodeAndYear(region.value(), year);
    }

    @Override
    public Optional<MinimumLivingStandard> applicable(RegionCode region, int year) {
        String county = region.value();
        String city = county.substring(0, 4) + "00";
        String province = region.provinceCode();
        // The most specific entry wins: county, then city, then province.
        return jpa.findByRegionCodesAndYear(List.of(county, city, province), year).stream()
                .max(Comparator.comparingInt(s -> specificity(s.getRegionCode().value())));
    }

    private static int specificity(String code) {
        if (code.endsWith("0000")) {
            return 0;
        }
        return code.endsWith("00") ? 1 : 2;
    }

    @Override
    public Page<MinimumLivingStandard> search(String codePrefix, Integer year, Pageable pageable) {
        return jpa.search(codePrefix, year, pageable);
    }
}
