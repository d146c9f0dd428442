package org.unionaid.domain.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * Visits (走访慰问) and their coverage: every approved file visited in the campaign period, none
 * left out (全覆盖、不遗漏).
 */
@Service
@Transactional
public class Visiting {

    /** Files listed as not yet visited on one page. */
    public static final int NOT_VISITED_LISTED = 200;

    /** Photos per visit: a few pictures for the record, not an album. */
    public static final int MAX_PHOTOS = 6;

    /** Bytes per photo: a phone camera's picture fits, and six fit into one request. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** Group visits shown on the coverage page. */
    public static final int RECENT_GROUP_VISITS = 20;

    /** How far back a delegation may still be named on a visit being recorded: a late record, not an old round. */
    public static final int DELEGATION_DAYS_BACK = 180;

    /** A photo's description and its bytes. */
    public record Photo(VisitPhoto photo, byte[] content) {
    }

    private final Visits visits;
    private final Delegations delegations;
    private final VisitPhotos photos;
    private final Organisations organisations;
    private final HardshipFiles files;
    private final AuditLog auditLog;
    private final Clock clock;
    private final NamedRecipients recipients;

    public Visiting(Visits visits, Delegations delegations, VisitPhotos photos, HardshipFiles files,
            Organisations organisations, AuditLog auditLog, Clock clock, NamedRecipients recipients) {
        this.recipients = recipients;
        this.delegations = delegations;
        this.organisations = organisations;
        this.visits = visits;
        this.photos = photos;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A visit to the household of an approved file, by the union that keeps it or one above. */
    public Visit toFile(Actor actor, long fileId, LocalDate visitedOn, VisitKind kind, String visitors, String given,
            String notes, List<PhotoUpload> uploads) {
        return toFile(actor, fileId, null, visitedOn, kind, visitors, given, notes, uploads);
    }

    /**
     * R-HAND-01 — a visit to the household of an approved file, made by a delegation ({@code delegationId}, or
     * none): one sent by the actor's union or a union above it, on one of the days it was out. Its visitors are
     * the delegation's people unless typed.
     */
    public Visit toFile(Actor actor, long fileId, Long delegationId, LocalDate visitedOn, VisitKind kind,
            String visitors, String given, String notes, List<PhotoUpload> uploads) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("visit.fileNotApproved");
        }
        String people = visitors(actor, delegationId, visitedOn, visitors);
        return record(actor, new Visit(visits.nextId(), actor.organisationId(), fileId, null, null, visitedOn, kind,
                people, given, notes, delegationId, actor.userId(), clock.instant(), LocalDate.now(clock)), uploads);
    }

    /**
     * R-HAND-01 — a visit to a named recipient (劳模, 一线职工, 困难农民工, 困难党员) of the actor's union or one below it,
     * made by a delegation of the actor's union or one above it on one of its days, as for a household: the visit
     * the recipient's cash or goods are handed over on.
     */
    public Visit toRecipient(Actor actor, long recipientId, Long delegationId, LocalDate visitedOn, VisitKind kind,
            String visitors, String given, String notes) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        NamedRecipient recipient = recipients.find(recipientId)
                .orElseThrow(() -> new NotFoundException("named recipient", recipientId));
        actor.requireReach(organisations.findById(recipient.organisationId()).orElseThrow().path());
        String people = visitors(actor, delegationId, visitedOn, visitors);
        return record(actor, Visit.toRecipient(visits.nextId(), actor.organisationId(), recipientId, visitedOn, kind,
                people, given, notes, delegationId, actor.userId(), clock.instant(), LocalDate.now(clock)), List.of());
    }

    /** The visitors: as typed, else the delegation's people, once the delegation is one the actor may name. */
    private String visitors(Actor actor, Long delegationId, LocalDate visitedOn, String visitors) {
        if (delegationId == null) {
            return visitors;
        }
        Delegation delegation = delegations.find(delegationId)
                .filter(d -> actor.organisationPath().ids().contains(d.organisationId()))
                .orElseThrow(() -> DomainException.onField("delegation", "visit.delegation.notOurs"));
        if (visitedOn != null && !delegation.isOutOn(visitedOn)) {
            throw DomainException.onField("visitedOn", "visit.delegation.notOut", delegation.startsOn(),
                    delegation.endsOn());
        }
        return visitors == null || visitors.isBlank() ? delegation.people() : visitors;
    }

    /** A visit to a group of workers without files (at their post, at a site). */
    public Visit toGroup(Actor actor, String groupDescription, Integer peopleCount, LocalDate visitedOn, VisitKind kind,
            String visitors, String given, String notes, List<PhotoUpload> uploads) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        if (groupDescription == null || groupDescription.isBlank()) {
            throw DomainException.onField("groupDescription", "visit.whom");
        }
        return record(actor, new Visit(visits.nextId(), actor.organisationId(), null, groupDescription, peopleCount,
                visitedOn, kind, visitors, given, notes, actor.userId(), clock.instant(), LocalDate.now(clock)), uploads);
    }

    /**
     * The delegations a household visit the actor records may name (R-HAND-01): sent by the actor's union or a
     * union above it, and out within the last {@value #DELEGATION_DAYS_BACK} days or later.
     */
    @Transactional(readOnly = true)
    public List<Delegation> delegationsFor(Actor actor) {
        return delegations.sentBy(actor.organisationPath().ids(),
                LocalDate.now(clock).minusDays(DELEGATION_DAYS_BACK));
    }

    @Transactional(readOnly = true)
    public List<Visit> ofFile(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return visits.ofFile(fileId);
    }

    /** A named recipient's visits, newest first, for a reader who reaches the recipient's union. */
    @Transactional(readOnly = true)
    public List<Visit> ofRecipient(Actor actor, long recipientId) {
        NamedRecipient recipient = recipients.find(recipientId)
                .orElseThrow(() -> new NotFoundException("named recipient", recipientId));
        actor.requireReach(organisations.findById(recipient.organisationId()).orElseThrow().path());
        return visits.ofRecipient(recipientId);
    }

    /** The photos of these visits (already shown to the actor), by visit. */
    @Transactional(readOnly = true)
    public Map<Long, List<VisitPhoto>> photosOf(List<Visit> shown) {
        return photos.ofVisits(shown.stream().map(Visit::getId).toList());
    }

    /** The latest visits to groups recorded by unions of the actor's subtree. */
    @Transactional(readOnly = true)
    public List<Visit> recentGroupVisits(Actor actor) {
        return visits.recentGroupVisits(actor.organisationPath(), RECENT_GROUP_VISITS);
    }

    /**
     * Opens a photo for a user who may see its visit: the file's union's subtree for a household, the
     * recording union's for a group. Logged, since a photo shows a household.
     */
    public Photo photo(Actor actor, long photoId) {
        VisitPhoto photo = photos.find(photoId).orElseThrow(() -> new NotFoundException("visit photo", photoId));
        Visit visit = visits.findById(photo.visitId()).orElseThrow();
        actor.requireReach(visit.getFileId() == null ? organisations.findById(visit.getOrganisationId()).orElseThrow().path()
                : files.findById(visit.getFileId()).orElseThrow().getOrganisation().path());
        auditLog.record(AuditEntry.success(actor, AuditAction.VISIT_PHOTO_OPEN, "visit_photo", photoId,
                "visit " + visit.getId()));
        return new Photo(photo, photos.content(photoId));
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

    /** Stores the visit and its photos together: a refused photo leaves no visit behind. */
    private Visit record(Actor actor, Visit visit, List<PhotoUpload> uploads) {
        List<PhotoUpload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (given.size() > MAX_PHOTOS) {
            throw DomainException.onField("photos", "visit.photos.tooMany", MAX_PHOTOS);
        }
        List<DocumentType> types = given.stream().map(Visiting::checkedType).toList();
        Visit stored = visits.add(visit);
        for (int i = 0; i < given.size(); i++) {
            PhotoUpload upload = given.get(i);
            String name = DocumentType.safeFilename(TextRules.fileName("photos", upload.filename(), "photo-" + (i + 1)));
            photos.add(stored.getId(), name, types.get(i), upload.content(), actor.userId());
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.VISIT_RECORD, "visit", stored.getId(),
                (stored.getFileId() != null ? "file " + stored.getFileId() : stored.getRecipientId() != null
                        ? "recipient " + stored.getRecipientId() : "group") + ", " + given.size() + " photos"));
        return stored;
    }

    private static DocumentType checkedType(PhotoUpload upload) {
        if (upload.content().length > MAX_PHOTO_BYTES) {
            throw DomainException.onField("photos", "visit.photos.tooLarge", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        return DocumentType.of(upload.content()).filter(DocumentType::isImage)
                .orElseThrow(() -> DomainException.onField("photos", "visit.photos.type"));
    }
}
