package org.unionaid.domain.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.reference.WorkingCalendar;
import org.unionaid.domain.reference.WorkingDays;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Public notices (公示): a reviewer puts submitted files of the union's subtree on a notice for a
 * number of working days (at least the configured minimum, counted with the official calendar),
 * and closes it once it has ended; its files then wait for approval.
 */
@Service
@Transactional
public class NoticeAdministration {

    private final PublicNotices notices;
    private final Objections objections;
    private final HardshipFiles files;
    private final Organisations organisations;
    private final WorkingCalendar calendar;
    private final FileHistory history;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int minimumWorkingDays;

    public NoticeAdministration(PublicNotices notices, Objections objections, HardshipFiles files,
            Organisations organisations,
            WorkingCalendar calendar, FileHistory history, AuditLog auditLog, Clock clock,
            @Value("${unionaid.notice.minimum-working-days:5}") int minimumWorkingDays) {
        this.notices = notices;
        this.objections = objections;
        this.files = files;
        this.organisations = organisations;
        this.calendar = calendar;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
        this.minimumWorkingDays = minimumWorkingDays;
    }

    public int minimumWorkingDays() {
        return minimumWorkingDays;
    }

    /** Puts the chosen submitted files on a new notice of the reviewer's union. */
    /** R-SEC-01 — a notice is put up by a reviewer; so is the form that chooses its files. */
    public void requireNoticer(Actor actor) {
        actor.requireRole(Role.REVIEWER);
    }

    public PublicNotice open(Actor actor, NewNotice entry) {
        requireNoticer(actor);
        if (entry.fileIds().isEmpty()) {
            throw DomainException.onField("fileIds", "notice.files.required");
        }
        if (entry.startsOn() == null) {
            throw DomainException.onField("startsOn", "NotNull");
        }
        requireText("postedAt", entry.postedAt());
        requireText("objectionContact", entry.objectionContact());
        LocalDate today = LocalDate.now(clock);
        NoticeRules.requireShape(new NoticeRules.Period(today, entry.startsOn(), entry.workingDays(),
                minimumWorkingDays, null, Set.of()));
        LocalDate endsOn = new WorkingDays(calendar.between(entry.startsOn(),
                entry.startsOn().plusDays(WorkingDays.span(entry.workingDays()))))
                .lastOfPeriod(entry.startsOn(), entry.workingDays());
        Set<Integer> unconfirmed = IntStream.rangeClosed(entry.startsOn().getYear(), endsOn.getYear()).boxed()
                .filter(year -> calendar.confirmedYear(year).isEmpty()).collect(Collectors.toSet());
        NoticeRules.require(new NoticeRules.Period(today, entry.startsOn(), entry.workingDays(), minimumWorkingDays,
                endsOn, unconfirmed));
        Organisation union = organisations.findById(actor.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", actor.organisationId()));
        PublicNotice notice = notices.add(new PublicNotice(notices.nextId(), union, entry.startsOn(), endsOn,
                entry.workingDays(), entry.postedAt().strip(), entry.objectionContact().strip(), actor.userId(),
                clock.instant()));
        for (long fileId : entry.fileIds()) {
            HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
            actor.require(Role.REVIEWER, file.getOrganisation().path());
            Map<String, String> before = FileSnapshot.of(file);
            file.putOnNotice(notice.getId());
            remember(actor, file, FileEvent.NOTICE_STARTED, before,
                    notice.getStartsOn() + " – " + notice.getEndsOn());
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.NOTICE_OPEN, "public_notice", notice.getId(),
                entry.fileIds().size() + " files, " + notice.getStartsOn() + " – " + notice.getEndsOn()));
        return notice;
    }

    /** Whether the notice has run its course today. */
    public boolean hasEnded(PublicNotice notice) {
        return notice.hasEnded(LocalDate.now(clock));
    }

    /** Notices of the actor's subtree, newest first. */
    @Transactional(readOnly = true)
    public List<PublicNotice> list(Actor actor) {
        return notices.of(actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public PublicNotice view(Actor actor, long id) {
        PublicNotice notice = notices.findById(id).orElseThrow(() -> new NotFoundException("public notice", id));
        actor.requireReach(notice.getOrganisation().path());
        return notice;
    }

    /** The files on a notice, for those who may see the notice. */
    @Transactional(readOnly = true)
    public List<HardshipFile> filesOn(Actor actor, long id) {
        view(actor, id);
        return notices.filesOn(id);
    }

    /** The objections raised on a notice, for those who may see the notice. */
    @Transactional(readOnly = true)
    public List<Objection> objectionsOn(Actor actor, long id) {
        view(actor, id);
        return objections.ofNotice(id);
    }

    /** R-NOTICE-05 — records an objection against a file of a running notice, received within the notice period. */
    public Objection recordObjection(Actor actor, long noticeId, long fileId, LocalDate receivedOn,
            ObjectionChannel channel, String content) {
        PublicNotice notice = view(actor, noticeId);
        actor.require(Role.REVIEWER, notice.getOrganisation().path());
        HardshipFile file = onNotice(notice, fileId);
        if (file.getStatus() != FileStatus.IN_NOTICE) {
            throw new DomainException("file.transition.notAllowed", file.getStatus());
        }
        if (receivedOn == null || receivedOn.isBefore(notice.getStartsOn()) || receivedOn.isAfter(notice.getEndsOn())) {
            throw DomainException.onField("receivedOn", "objection.outsidePeriod", notice.getStartsOn(),
                    notice.getEndsOn());
        }
        if (channel == null) {
            throw DomainException.onField("channel", "NotNull");
        }
        requireText("content", content);
        Objection objection = objections.add(new Objection(objections.nextId(), fileId, noticeId, receivedOn, channel,
                content.strip(), actor.userId(), clock.instant()));
        auditLog.record(AuditEntry.success(actor, AuditAction.OBJECTION_RECORD, "hardship_file", fileId,
                "objection " + objection.getId()));
        return objection;
    }

    /**
     * Decides an objection with the reason: upheld, the file goes back to the clerk; dismissed, the
     * file passes once its notice is closed and nothing else is open against it.
     */
    public Objection decideObjection(Actor actor, long objectionId, boolean upheld, String reason) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        PublicNotice notice = view(actor, objection.getNoticeId());
        actor.require(Role.REVIEWER, notice.getOrganisation().path());
        HardshipFile file = onNotice(notice, objection.getFileId());
        objection.decide(upheld, reason, actor.userId(), clock.instant());
        Map<String, String> before = FileSnapshot.of(file);
        if (upheld && file.getStatus() == FileStatus.IN_NOTICE) {
            file.returnToClerk(objection.getOutcomeReason());
            remember(actor, file, FileEvent.RETURNED, before, objection.getOutcomeReason());
        } else if (!upheld && notice.isClosed() && file.getStatus() == FileStatus.IN_NOTICE
                && !objections.openAgainst(file.getId())) {
            file.passNotice();
            remember(actor, file, FileEvent.NOTICE_PASSED, before, objection.getOutcomeReason());
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.OBJECTION_DECIDE, "hardship_file", file.getId(),
                (upheld ? "upheld " : "dismissed ") + objectionId));
        return objection;
    }

    private HardshipFile onNotice(PublicNotice notice, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        if (!notice.getId().equals(file.getNoticeId())) {
            throw new NotFoundException("hardship file on notice " + notice.getId(), fileId);
        }
        return file;
    }

    /** Closes an ended notice: its files still on notice pass on to approval, unless an objection is open (R-NOTICE-05). */
    public PublicNotice close(Actor actor, long id) {
        PublicNotice notice = view(actor, id);
        actor.require(Role.REVIEWER, notice.getOrganisation().path());
        notice.close(LocalDate.now(clock), clock.instant());
        int passed = 0;
        for (HardshipFile file : notices.filesOn(id)) {
            // A file with an objection still open waits for its decision.
            if (file.getStatus() == FileStatus.IN_NOTICE && !objections.openAgainst(file.getId())) {
                Map<String, String> before = FileSnapshot.of(file);
                file.passNotice();
                remember(actor, file, FileEvent.NOTICE_PASSED, before, null);
                passed++;
            }
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.NOTICE_CLOSE, "public_notice", id, passed + " passed"));
        return notice;
    }

    private void remember(Actor actor, HardshipFile file, FileEvent event, Map<String, String> before, String reason) {
        history.record(new FileHistory.Entry(file.getId(), clock.instant(), actor.userId(), actor.loginName(), event,
                FileSnapshot.changes(before, FileSnapshot.of(file)), reason));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(field, "NotBlank");
        }
    }
}
