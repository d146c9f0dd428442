package org.unionaid.domain.finding;

import java.time.Instant;
import java.util.List;

/** One step of a finding: the answer, a return or the confirmation, with who took it, for which union, and the evidence. */
public record FindingStep(long id, long findingId, StepKind kind, String text, long takenBy, String takenByName,
        long unionId, String unionName, Instant takenAt, List<Evidence> evidence) {

    public FindingStep {
        evidence = List.copyOf(evidence);
    }

    /** A document of the evidence, without its bytes. */
    public record Evidence(long id, long stepId, String filename, String contentType, int sizeBytes) {
    }
}
