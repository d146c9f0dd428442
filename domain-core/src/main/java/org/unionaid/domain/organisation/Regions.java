package org.unionaid.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GB/T 2260 division codes (reference data loaded by a migration). */
public interface Regions {

    /** The division's full name, e.g. "浙江省 杭州市 西湖区", if the code exists. */
    Optional<String> nameOf(RegionCode code);

    /** Full names by code, for the codes that exist. */
    Map<String, String> fullNames(Collection<String> codes);

    /** Every division of the province {@code code} lies in (the province, its cities and counties). */
    List<Region> inProvinceOf(RegionCode code);
}
