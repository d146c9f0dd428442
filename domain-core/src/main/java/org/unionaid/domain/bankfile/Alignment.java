package org.unionaid.domain.bankfile;

/** Where a value sits in a fixed-width column; the rest is padding. */
public enum Alignment {
    LEFT,
    RIGHT
}
