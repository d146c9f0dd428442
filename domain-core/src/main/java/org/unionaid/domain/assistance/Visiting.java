package org.unionaid.domain.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Visits (走访慰问) and their coverage: every approved file visited in the campaign period, none
 * left out (全覆盖、不遗漏).
 */
@Service
@Transactional
public class Visiting {

    /** Files listed as not yet visited on one page. */
    public static final int NOT_VISITED_LISTED = 200;

    private final Visits visits;
    private final HardshipFiles files;
    private final AuditLog auditLog;
    private final Clock clock;

    public Visiting(Visits visits, HardshipFiles files, AuditLog auditLog, Clock clock) {
        this.visits = visits;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A visit to the household of an approved file, by the union that keeps it or one above. */
    public Visit toFile(Actor actor, long fileId, LocalDate visitedOn, VisitKind kind, String visitors, String given,
            String notes) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("visit.fileNotApproved");
        }
        return record(actor, new Visit(visits.nextId(), actor.organisationId(), fileId, null, null, visitedOn, kind,
                visitors, given, notes, actor.userId(), clock.instant(), LocalDate.now(clock)));
    }

    /** A visit to a group of workers without files (at their post, at a site). */
    public Visit toGroup(Actor actor, String groupDescription, Integer peopleCount, LocalDate visitedOn, VisitKind kind,
            String visitors, String given, String notes) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        if (groupDescription == null || groupDescription.isBlank()) {
            throw DomainException.onField("groupDescription", "visit.whom");
        }
        return record(actor, new Visit(visits.nextId(), actor.organisationId(), null, groupDescription, peopleCount,
                visitedOn, kind, visitors, given, notes, actor.userId(), clock.instant(), LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<Visit> ofFile(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return visits.ofFile(fileId);
    }

    @Transactional(readOnly = true)
    public Visits.Coverage coverage(Actor actor, LocalDate from, LocalDate to) {
        return visits.coverage(actor.organisationPath(), from, to);
    }

    /** The coverage of each union directly under the actor's, for the subtree's breakdown. */
    @Transactional(readOnly = true)
    public List<Visits.UnionCoverage> coverageByChild(Actor actor, LocalDate from, LocalDate to) {
        return visits.coverageByChild(actor.organisationId(), from, to);
    }

    @Transactional(readOnly = true)
    public List<Visits.NotVisited> notVisited(Actor actor, LocalDate from, LocalDate to) {
        return visits.notVisited(actor.organisationPath(), from, to, NOT_VISITED_LISTED);
    }

    private Visit record(Actor actor, Visit visit) {
        Visit stored = visits.add(visit);
        auditLog.record(AuditEntry.success(actor, AuditAction.VISIT_RECORD, "visit", stored.getId(),
                stored.getFileId() == null ? "group" : "file " + stored.getFileId()));
        return stored;
    }
}
