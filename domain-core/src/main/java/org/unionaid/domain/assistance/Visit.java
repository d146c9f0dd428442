package org.unionaid.domain.assistance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionaid.domain.shared.DomainException;

/**
 * A visit (走访慰问) by a union's people: to the household of a file, or to a group of workers
 * without files (front-line workers at their post), with what was given.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    private Long id;

    @Column(updatable = false)
    private long organisationId;

    @Column(updatable = false)
    private Long fileId;

    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    private String visitors;

    private String given;

    private String notes;

    private String groupDescription;

    private Integer peopleCount;

    @Column(updatable = false)
    private Long delegationId;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    protected Visit() {
        // for JPA
    }

    /** {@code fileId} or {@code groupDescription}: whom the visit was for. */
    public Visit(long id, long organisationId, Long fileId, String groupDescription, Integer peopleCount,
            LocalDate visitedOn, VisitKind kind, String visitors, String given, String notes, long createdBy,
            Instant now, LocalDate today) {
        this(id, organisationId, fileId, groupDescription, peopleCount, visitedOn, kind, visitors, given, notes, null,
                createdBy, now, today);
    }

    /**
     * A visit that may be a delegation's (慰问团, {@code delegationId}); a delegation's visit is to a household.
     * The use case checks that the delegation may make it (R-HAND-01).
     */
    public Visit(long id, long organisationId, Long fileId, String groupDescription, Integer peopleCount,
            LocalDate visitedOn, VisitKind kind, String visitors, String given, String notes, Long delegationId,
            long createdBy, Instant now, LocalDate today) {
        if (visitedOn == null) {
            throw DomainException.onField("visitedOn", "NotNull");
        }
        if (visitedOn.isAfter(today)) {
            throw DomainException.onField("visitedOn", "visit.future");
        }
        if (kind == null) {
            throw DomainException.onField("kind", "NotNull");
        }
        if (visitors == null || visitors.isBlank()) {
            throw DomainException.onField("visitors", "NotBlank");
        }
        String group = groupDescription == null || groupDescription.isBlank() ? null : groupDescription.strip();
        if (fileId == null && group == null) {
            throw DomainException.onField("groupDescription", "visit.whom");
        }
        if (delegationId != null && fileId == null) {
            throw DomainException.onField("delegation", "visit.delegation.household");
        }
        if (peopleCount != null && peopleCount < 1) {
            throw DomainException.onField("peopleCount", "visit.peopleCount");
        }
        this.id = id;
        this.organisationId = organisationId;
        this.fileId = fileId;
        this.groupDescription = group;
        this.peopleCount = peopleCount;
        this.visitedOn = visitedOn;
        this.kind = kind;
        this.visitors = visitors.strip();
        this.given = blankToNull(given);
        this.notes = blankToNull(notes);
        this.delegationId = delegationId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getFileId() {
        return fileId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getVisitors() {
        return visitors;
    }

    public String getGiven() {
        return given;
    }

    public String getNotes() {
        return notes;
    }

    public String getGroupDescription() {
        return groupDescription;
    }

    public Integer getPeopleCount() {
        return peopleCount;
    }

    /** The delegation (慰问团) whose visit this was, or {@code null}. */
    public Long getDelegationId() {
        return delegationId;
    }

    /** Whether this is the named delegation's home visit (入户慰问) to the file's household. */
    public boolean isHomeVisitOf(long delegation, long file) {
        return delegationId != null && delegationId == delegation && fileId != null && fileId == file
                && kind == VisitKind.HOME;
    }
}
