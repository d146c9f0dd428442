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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.unionaid.domain.hardship.HardshipFile.Worker;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.shared.DomainException;

/**
 * The household half of a {@link HardshipFile}: who the file is about (the worker and the members, in real
 * names, 实名制), how the worker is paid (the card) and what else is known of them, with the row's identity
 * and bookkeeping. {@link HardshipFile} adds the hardship, the money, the review and the life cycle. Both
 * halves are one entity on one table (this is a mapped superclass), so queries name the fields as before;
 * the split keeps each half readable in one sitting.
 */
@MappedSuperclass
public abstract class FileHousehold {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

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

    @Embedded
    private BankAccount bankAccount;

    @Embedded
    private WorkerDetails workerDetails = WorkerDetails.none();

    private LocalDate appliedOn;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private Long version;

    protected FileHousehold() {
        // for JPA
    }

    protected FileHousehold(long id, Organisation organisation, Worker worker, List<HouseholdMember> members,
            long createdBy) {
        this.id = id;
        this.organisation = organisation;
        this.workerName = worker.name();
        this.workerId = worker.idNumber();
        this.gender = worker.gender();
        this.birthDate = worker.birthDate();
        this.members = new ArrayList<>(members);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    protected void replaceHousehold(Worker worker, List<HouseholdMember> members) {
        this.workerName = worker.name();
        this.workerId = worker.idNumber();
        this.gender = worker.gender();
        this.birthDate = worker.birthDate();
        this.members.clear();
        this.members.addAll(members);
        touch();
    }

    /** Records what else the file says about the worker. */
    public void describeWorker(WorkerDetails details) {
        this.workerDetails = details == null ? WorkerDetails.none() : details;
        touch();
    }

    /** Never null: a row with no details at all loads as a null embeddable. */
    public WorkerDetails getWorkerDetails() {
        return workerDetails == null ? WorkerDetails.none() : workerDetails;
    }

    /** Records the card the worker is paid on (null: none yet). */
    public void payTo(BankAccount account) {
        this.bankAccount = account;
        touch();
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    /** Every person the file holds, the worker first: the people no other active file may hold. */
    public List<ProtectedId> people() {
        List<ProtectedId> people = new ArrayList<>();
        people.add(workerId);
        members.forEach(member -> people.add(member.getIdNumber()));
        return people;
    }

    protected void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
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

    /** Records the day the worker applied in writing ({@code null}: not known), never after {@code today}. */
    public void recordApplication(LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw DomainException.onField("appliedOn", "file.appliedOn.future");
        }
        this.appliedOn = day;
        touch();
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
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
