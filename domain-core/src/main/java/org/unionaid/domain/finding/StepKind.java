package org.unionaid.domain.finding;

/** A step of a finding after it was raised. */
public enum StepKind {
    /** the responsible union's rectification (整改情况) with its evidence */
    ANSWERED,
    /** an auditor sends the rectification back, saying why */
    RETURNED,
    /** an auditor confirms the finding rectified and closes it */
    CONFIRMED
}
