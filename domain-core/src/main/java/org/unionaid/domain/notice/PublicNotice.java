package org.unionaid.domain.notice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.shared.DomainException;

/**
 * A public notice (公示) of files before their approval: posted by a union for a period of working
 * days, where, and whom to tell of an objection. It shows names and masked ID numbers only.
 */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private int workingDays;

    private String postedAt;

    private String objectionContact;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant closedAt;

    protected PublicNotice() {
        // for JPA
    }

    public PublicNotice(long id, Organisation organisation, LocalDate startsOn, LocalDate endsOn, int workingDays,
            String postedAt, String objectionContact, long createdBy, Instant createdAt) {
        this.id = id;
        this.organisation = organisation;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.workingDays = workingDays;
        this.postedAt = postedAt;
        this.objectionContact = objectionContact;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The notice has run its course: {@code today} is after its last day. */
    public boolean hasEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }

    /** Closes an ended notice; its files without objection pass on to approval. */
    public void close(LocalDate today, Instant now) {
        if (closedAt != null) {
            throw new DomainException("notice.alreadyClosed");
        }
        if (!hasEnded(today)) {
            throw new DomainException("notice.notEnded", endsOn);
        }
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public String getPostedAt() {
        return postedAt;
    }

    public String getObjectionContact() {
        return objectionContact;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }
}
