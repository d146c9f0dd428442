package org.unionaid.domain.organisation;

/** A GB/T 2260 division: its code and its full name, e.g. 330106 "浙江省 杭州市 西湖区". */
public record Region(RegionCode code, String fullName) {
}
