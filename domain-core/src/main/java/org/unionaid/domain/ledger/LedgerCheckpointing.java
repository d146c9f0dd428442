package org.unionaid.domain.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * R-LEDGER-07 — ledger checkpoints (台账检查点): the chain head of every union of the reader's subtree, sealed
 * and handed to the reader to keep outside the database; and a kept file held against the database later. A
 * union whose chain was cut back (its newest postings removed, its head wound back with them) or rewritten no
 * longer reaches the count and hash the checkpoint recorded, and is named. Reading only, so every reader of the
 * ledger — auditors first — may do both; both are in the audit log.
 */
@Service
public class LedgerCheckpointing {

    private static final Role[] READERS = {Role.FINANCE, Role.APPROVER, Role.ADMIN, Role.AUDITOR};

    private final Anchors anchors;
    private final CheckpointSeal seal;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public LedgerCheckpointing(Anchors anchors, CheckpointSeal seal, Organisations organisations, AuditLog auditLog,
            Clock clock) {
        this.anchors = anchors;
        this.seal = seal;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The sealed checkpoint file of the actor's subtree as it stands now. */
    @Transactional
    public byte[] issue(Actor actor) {
        actor.requireAnyRole(READERS);
        List<Checkpoint.Head> heads = anchors.headsIn(actor.organisationPath()).stream()
                .map(union -> new Checkpoint.Head(union.unionId(), union.head().lastSeq(), union.head().lastHash(),
                        union.unionName()))
                .toList();
        Checkpoint checkpoint = new Checkpoint(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.loginName(),
                actor.organisationId(), heads);
        byte[] file = checkpoint.sealedWith(seal);
        auditLog.record(AuditEntry.success(actor, AuditAction.LEDGER_CHECKPOINT, "ledger", actor.organisationId(),
                heads.size() + " unions at " + checkpoint.issuedAt()));
        return file;
    }

    /**
     * Holds a checkpoint file against the database: refused ({@code ledger.checkpoint.invalid}) unless this
     * installation sealed it, and ({@code ledger.checkpoint.outsideScope}) when it lists a union outside the
     * actor's subtree; otherwise every union whose chain no longer reaches its recorded head is named.
     */
    @Transactional
    public CheckpointReport verify(Actor actor, byte[] file) {
        actor.requireAnyRole(READERS);
        Checkpoint checkpoint = Checkpoint.read(file, seal);
        List<AnchorMismatch> mismatches = new ArrayList<>();
        for (Checkpoint.Head head : checkpoint.heads()) {
            Optional<Organisation> union = organisations.findById(head.unionId());
            if (union.isEmpty() || !actor.reaches(union.get().path())) {
                throw new DomainException("ledger.checkpoint.outsideScope", head.unionName());
            }
            Optional<ChainHash> found = anchors.hashAt(head.unionId(), head.seq());
            if (found.isEmpty() || !found.get().equals(head.hash())) {
                mismatches.add(new AnchorMismatch(head.unionId(), null, head.seq(), head.hash(), found.orElse(null),
                        found.isEmpty() ? AnchorProblem.COUNT_NOT_REACHED : AnchorProblem.HASH_DIFFERS));
            }
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.LEDGER_CHECKPOINT_VERIFY, "ledger",
                checkpoint.scopeUnionId(), "checkpoint of " + checkpoint.issuedAt() + " by " + checkpoint.issuedBy()
                        + ": " + checkpoint.heads().size() + " unions, " + mismatches.size() + " no longer match"));
        return new CheckpointReport(checkpoint.issuedAt(), checkpoint.issuedBy(), checkpoint.heads(), mismatches);
    }
}
