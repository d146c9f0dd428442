package org.unionaid.domain.notice;

/** Where an objection stands: open, upheld (the file goes back to the clerk) or dismissed with a reason. */
public enum ObjectionOutcome {
    OPEN,
    UPHELD,
    DISMISSED
}
