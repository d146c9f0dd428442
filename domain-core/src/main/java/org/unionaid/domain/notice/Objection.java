package org.unionaid.domain.notice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionaid.domain.shared.DomainException;

/** An objection (异议) against one file of a public notice, and how it was decided. */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    private Long id;

    @Column(updatable = false)
    private long fileId;

    @Column(updatable = false)
    private long noticeId;

    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private ObjectionChannel channel;

    private String content;

    @Column(updatable = false)
    private long recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    private ObjectionOutcome outcome = ObjectionOutcome.OPEN;

    private String outcomeReason;

    private Long decidedBy;

    private Instant decidedAt;

    protected Objection() {
        // for JPA
    }

    public Objection(long id, long fileId, long noticeId, LocalDate receivedOn, ObjectionChannel channel,
            String content, long recordedBy, Instant recordedAt) {
        this.id = id;
        this.fileId = fileId;
        this.noticeId = noticeId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Decides the objection: upheld or dismissed, always with the reason. */
    public void decide(boolean upheld, String reason, long by, Instant at) {
        if (outcome != ObjectionOutcome.OPEN) {
            throw new DomainException("objection.alreadyDecided");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "objection.reasonRequired");
        }
        this.outcome = upheld ? ObjectionOutcome.UPHELD : ObjectionOutcome.DISMISSED;
        this.outcomeReason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return outcome == ObjectionOutcome.OPEN;
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ObjectionChannel getChannel() {
        return channel;
    }

    public String getContent() {
        return content;
    }

    public ObjectionOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }
}
