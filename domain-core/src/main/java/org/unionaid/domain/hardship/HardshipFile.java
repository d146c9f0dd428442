package org.unionaid.domain.hardship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.shared.DomainException;

/**
 * A hardship-worker file (困难职工档案): the worker, the household and, as later slices add them,
 * income, causes, needs, bank account and attachments. Its life cycle is a set of guarded
 * transitions: each named method checks the current status and refuses with a reason.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private FileStatus status;

    private String workerName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sealed", column = @Column(name = "worker_id_sealed")),
            @AttributeOverride(name = "blindIndex", column = @Column(name = "worker_id_index")),
            @AttributeOverride(name = "masked", column = @Column(name = "worker_id_masked"))})
    private ProtectedId workerId;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    @ElementCollection
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    private List<HouseholdMember> members = new ArrayList<>();

    private String returnReason;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private Long version;

    protected HardshipFile() {
        // for JPA
    }

    /** A new draft; {@code id} comes from {@link HardshipFiles#nextId()}. */
    public HardshipFile(long id, Organisation organisation, Worker worker, List<HouseholdMember> members,
            long createdBy) {
        this.id = id;
        this.organisation = organisation;
        this.status = FileStatus.DRAFT;
        this.workerName = worker.name();
        this.workerId = worker.idNumber();
        this.gender = worker.gender();
        this.birthDate = worker.birthDate();
        this.members = new ArrayList<>(members);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The worker as the file records it. */
    public record Worker(String name, ProtectedId idNumber, Gender gender, LocalDate birthDate) {
    }

    /** Every person the file holds, the worker first: the people no other active file may hold. */
    public List<ProtectedId> people() {
        List<ProtectedId> people = new ArrayList<>();
        people.add(workerId);
        members.forEach(member -> people.add(member.getIdNumber()));
        return people;
    }

    /** DRAFT or RETURNED → SUBMITTED: the clerk hands the file to the reviewer. */
    public void submit() {
        requireStatus(FileStatus.DRAFT, FileStatus.RETURNED);
        status = FileStatus.SUBMITTED;
        returnReason = null;
        touch();
    }

    /** SUBMITTED → RETURNED: the reviewer sends the file back with the reason. */
    public void returnToClerk(String reason) {
        requireStatus(FileStatus.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "file.return.reasonRequired");
        }
        status = FileStatus.RETURNED;
        returnReason = reason.strip();
        touch();
    }

    private void requireStatus(FileStatus... allowed) {
        for (FileStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException("file.transition.notAllowed", status);
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public FileStatus getStatus() {
        return status;
    }

    public String getWorkerName() {
        return workerName;
    }

    public ProtectedId getWorkerId() {
        return workerId;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public List<HouseholdMember> getMembers() {
        return List.copyOf(members);
    }

    public String getReturnReason() {
        return returnReason;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
