package org.unionaid.domain.finding;

/** Where a finding stands, read from its latest step (a finding's rows are never changed). */
public enum FindingStatus {
    /** 待整改: raised, not answered yet */
    OPEN,
    /** 待确认: the union answered with its rectification */
    ANSWERED,
    /** 退回重改: the auditor found the rectification not enough */
    RETURNED,
    /** 已整改: the auditor confirmed it closed */
    CLOSED;

    public static FindingStatus after(StepKind last) {
        if (last == null) {
            return OPEN;
        }
        return switch (last) {
            case ANSWERED -> ANSWERED;
            case RETURNED -> RETURNED;
            case CONFIRMED -> CLOSED;
        };
    }

    /** The union may answer: nothing answered yet, or the answer was returned. */
    public boolean awaitsAnswer() {
        return this == OPEN || this == RETURNED;
    }
}
