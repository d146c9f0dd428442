package org.unionaid.persistence.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.organisation.Region;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.organisation.Regions;

/** GB/T 2260 divisions from the {@code region} table. */
@Repository
class JdbcRegions implements Regions {

    private final JdbcClient jdbc;

    JdbcRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> nameOf(RegionCode code) {
        return jdbc.sql("select full_name from region where code = :code")
                .param("code", code.value())
                .query(String.class)
                .optional();
    }

    @Override
    public Map<String, String> fullNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, full_name from region where code in (:codes)")
                .param("codes", List.copyOf(codes))
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("full_name"));
                });
        return names;
    }

    @Override
    public List<Region> inProvinceOf(RegionCode code) {
        return jdbc.sql("select code, full_name from region where code like :prefix order by code")
                .param("prefix", code.value().substring(0, 2) + "%")
                .query((rs, row) -> new Region(new RegionCode(rs.getString("code")), rs.getString("full_name")))
                .list();
    }
}
