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
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * One plan per household (一户一策): the union that keeps an approved file plans measures for it
 * and records their progress; overdue measures are counted for the dashboard.
 */
@Service
@Transactional
public class AssistancePlanning {

    private final AssistanceMeasures measures;
    private final HardshipFiles files;
    private final AuditLog auditLog;
    private final Clock clock;

    public AssistancePlanning(AssistanceMeasures measures, HardshipFiles files, AuditLog auditLog, Clock clock) {
        this.measures = measures;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The file's measures, for those who may see the file. */
    @Transactional(readOnly = true)
    public List<AssistanceMeasure> planOf(Actor actor, long fileId) {
        actor.requireReach(load(fileId).getOrganisation().path());
        return measures.ofFile(fileId);
    }

    /** A clerk or reviewer of the file's subtree plans a measure for an approved file. */
    public AssistanceMeasure plan(Actor actor, long fileId, Need need, String description, String cadreName,
            String cadrePost, LocalDate dueOn) {
        HardshipFile file = load(fileId);
        requirePlanner(actor, file);
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("measure.fileNotApproved");
        }
        TextRules.within("description", description, 500); // R-PRIV-04, the columns of V22
        TextRules.name("cadreName", cadreName, TextRules.PERSON_NAME); // R-PRIV-05
        TextRules.within("cadrePost", cadrePost, 100);
        AssistanceMeasure measure = measures.add(new AssistanceMeasure(measures.nextId(), fileId, need, description,
                cadreName, cadrePost, dueOn, actor.userId(), clock.instant()));
        auditLog.record(AuditEntry.success(actor, AuditAction.MEASURE_PLAN, "hardship_file", fileId,
                need + " due " + dueOn));
        return measure;
    }

    public AssistanceMeasure progress(Actor actor, long measureId, MeasureStatus status, String result) {
        AssistanceMeasure measure = measures.findById(measureId)
                .orElseThrow(() -> new NotFoundException("assistance measure", measureId));
        requirePlanner(actor, load(measure.getFileId()));
        measure.progress(status, result, clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.MEASURE_PROGRESS, "hardship_file", measure.getFileId(),
                measureId + " " + status));
        return measure;
    }

    /** Measures of the actor's subtree not done by their due date. */
    @Transactional(readOnly = true)
    public long overdue(Actor actor) {
        return measures.countOverdue(actor.organisationPath(), LocalDate.now(clock));
    }

    private static void requirePlanner(Actor actor, HardshipFile file) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        actor.requireReach(file.getOrganisation().path());
    }

    private HardshipFile load(long fileId) {
        return files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
    }
}
