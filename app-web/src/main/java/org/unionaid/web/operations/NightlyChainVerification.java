package org.unionaid.web.operations;

import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;

/**
 * Every night, on one node, verifies every union's ledger chain ({@link ChainVerification}, R-LEDGER-02)
 * and files the outcome in the audit log under that union, where its auditors and administrators see it:
 * the postings proved and the head hash, or the first break. A break is also logged as an error for the
 * operator. The run reads only; a chain of a million postings takes about 8 s (docs/benchmarks.md).
 */
@Component
class NightlyChainVerification {

    /** Who the audit log names for work nobody signed in to do. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(NightlyChainVerification.class);

    private final ChainVerification verification;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;

    NightlyChainVerification(ChainVerification verification, AuditLog auditLog, JdbcClient jdbc) {
        this.verification = verification;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    /** Verifies every chain, unless another node holds this run (then this node skips it). */
    @Scheduled(cron = "${unionaid.scheduling.chain-verification-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "nightly-chain-verification", lockAtMostFor = "PT4H", lockAtLeastFor = "PT10M")
    public void verifyEveryChain() {
        List<Long> unions = jdbc.sql("select union_id from ledger_chain_head order by union_id")
                .query(Long.class).list();
        int broken = 0;
        for (long union : unions) {
            ChainReport report = verification.verify(union);
            if (!report.intact()) {
                broken++;
                log.error("Nightly verification: the ledger chain of union {} is broken: {}", union,
                        report.firstBreak());
            }
            auditLog.record(new AuditEntry(Instant.now(), SYSTEM, null, union, null, AuditAction.LEDGER_VERIFY,
                    "union", String.valueOf(union), report.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                    detail(report)));
        }
        log.info("Nightly verification: {} ledger chains verified, {} broken", unions.size(), broken);
    }

    private static String detail(ChainReport report) {
        return report.intact()
                ? "nightly: " + report.postingsVerified() + " postings, head " + report.headHash().hex()
                : "nightly: break at " + report.firstBreak().chainSeq() + " (" + report.firstBreak().problem() + ")";
    }
}
