package org.unionaid.domain.hardship;

/** Category tiers of a hardship file (分梯度, seed 001; DOMAIN §3). */
public enum HardshipCategory {
    /** 深度困难: income per head below the local 低保标准. */
    DEEP,
    /** 相对困难: below the relative multiple (usually 2) of the 低保标准. */
    RELATIVE,
    /** 意外致困: accident or sudden illness costs above a share of yearly household income. */
    ACCIDENT,
    /** 不符合: none of the above, or excluded whatever the income. */
    NOT_ELIGIBLE
}
