package org.unionaid.domain.assistance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.shared.DomainException;

/**
 * One measure of a household's plan (一户一策): what will be done about which need, who answers for
 * it (the paired cadre, 结对帮扶), by when, and — once done — the result.
 */
@Entity
@Table(name = "assistance_measure")
public class AssistanceMeasure {

    @Id
    private Long id;

    @Column(updatable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    private Need need;

    private String description;

    private String cadreName;

    private String cadrePost;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status = MeasureStatus.PLANNED;

    private String result;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected AssistanceMeasure() {
        // for JPA
    }

    public AssistanceMeasure(long id, long fileId, Need need, String description, String cadreName, String cadrePost,
            LocalDate dueOn, long createdBy, Instant now) {
        if (need == null) {
            throw DomainException.onField("need", "NotNull");
        }
        if (dueOn == null) {
            throw DomainException.onField("dueOn", "NotNull");
        }
        this.id = id;
        this.fileId = fileId;
        this.need = need;
        this.description = required("description", description);
        this.cadreName = required("cadreName", cadreName);
        this.cadrePost = cadrePost == null || cadrePost.isBlank() ? null : cadrePost.strip();
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records progress; a measure is done only with its result written down. */
    public void progress(MeasureStatus newStatus, String newResult, Instant now) {
        if (newStatus == null) {
            throw DomainException.onField("status", "NotNull");
        }
        String written = newResult == null || newResult.isBlank() ? null : newResult.strip();
        if (newStatus == MeasureStatus.DONE && written == null) {
            throw DomainException.onField("result", "measure.result.required");
        }
        this.status = newStatus;
        this.result = written;
        this.updatedAt = now;
    }

    /** Not done by its due date. */
    public boolean isOverdue(LocalDate today) {
        return status != MeasureStatus.DONE && today.isAfter(dueOn);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(field, "NotBlank");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public Need getNeed() {
        return need;
    }

    public String getDescription() {
        return description;
    }

    public String getCadreName() {
        return cadreName;
    }

    public String getCadrePost() {
        return cadrePost;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }
}
