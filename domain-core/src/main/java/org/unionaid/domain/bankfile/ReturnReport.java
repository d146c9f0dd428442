package org.unionaid.domain.bankfile;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a return file did. {@code REFUSED}: the problems, line by line, and nothing applied;
 * {@code ALREADY_IMPORTED}: the same file was imported before ({@code earlier}) and nothing changed;
 * {@code APPLIED}: lines paid and failed, lines the file repeated as already recorded ({@code unchanged}),
 * and the batch's lines the file did not mention, which stay pending.
 */
public record ReturnReport(Outcome outcome, List<ReturnProblem> problems, Figure paid, Figure failed, int unchanged,
        List<PendingLine> pending, BankReturn earlier) implements Serializable {

    public enum Outcome {
        APPLIED,
        REFUSED,
        ALREADY_IMPORTED
    }

    /** A sent line that the return file does not mention: still waiting for the bank. */
    public record PendingLine(String reference, String workerName) implements Serializable {
    }

    public ReturnReport {
        problems = List.copyOf(problems);
        pending = List.copyOf(pending);
    }

    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }
}
