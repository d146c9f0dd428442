package org.unionaid.domain.workpaper;

import java.time.Instant;
import java.util.List;

import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RuleResult;
import org.unionaid.domain.finding.Finding;
import org.unionaid.domain.finding.FindingStep;
import org.unionaid.domain.ledger.ChainReport;

/**
 * An audit working paper (审计工作底稿): who made it, when, over which subtree; a run's rules and hits (or none);
 * the findings of the subtree with their steps; each chain's verification and the head it proved, to be kept
 * outside the database and compared with a later verification.
 */
public record WorkingPaper(String auditorName, String auditorLogin, String scopeUnionName, String scopePath,
        Instant madeAt, AnomalyRun run, List<RuleResult> results, List<Hit> hits,
        List<FindingWithSteps> findings, List<ChainCheck> chains) {

    public WorkingPaper {
        results = List.copyOf(results);
        hits = List.copyOf(hits);
        findings = List.copyOf(findings);
        chains = List.copyOf(chains);
    }

    public record FindingWithSteps(Finding finding, List<FindingStep> steps) {
    }

    /** A union's chain: the head stored and what walking the chain proved. */
    public record ChainCheck(ChainHeadRow head, ChainReport report) {
    }
}
