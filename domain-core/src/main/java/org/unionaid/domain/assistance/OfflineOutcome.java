package org.unionaid.domain.assistance;

import java.util.List;

/**
 * What became of a visit sent from a phone: recorded (the visit's id), or refused with the refusal's message key
 * and its arguments; {@code replay} when the key had been sent before and this is the first answer again.
 */
public record OfflineOutcome(Kind kind, Long visitId, String reasonKey, List<String> reasonArgs, boolean replay) {

    public enum Kind {
        RECORDED, REFUSED
    }

    public OfflineOutcome {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    static OfflineOutcome recorded(long visitId, boolean replay) {
        return new OfflineOutcome(Kind.RECORDED, visitId, null, List.of(), replay);
    }

    static OfflineOutcome refused(String reasonKey, List<String> reasonArgs, boolean replay) {
        return new OfflineOutcome(Kind.REFUSED, null, reasonKey, reasonArgs, replay);
    }
}
