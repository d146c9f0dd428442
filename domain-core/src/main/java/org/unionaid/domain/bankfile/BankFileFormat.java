package org.unionaid.domain.bankfile;

/** How a bank file's lines are laid out. */
public enum BankFileFormat {
    /** values between separators */
    CSV,
    /** each value at a fixed place and width, counted in bytes of the file's encoding */
    FIXED_WIDTH
}
