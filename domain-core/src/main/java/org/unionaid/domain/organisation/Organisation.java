package org.unionaid.domain.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionaid.domain.scope.OrganisationPath;

/**
 * A union in the tree (工会组织). The id is drawn from the sequence before the node is built, so the
 * node's own materialised path is complete in its first insert.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private Long parentId;

    private String path;

    private String regionCode;

    private boolean runsAssistanceCentre;

    private String contactPerson;

    private String contactPhone;

    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Organisation() {
        // for JPA
    }

    /** A new node with an id from {@link Organisations#nextId()}, directly under {@code parent}. */
    public static Organisation under(long id, Organisation parent, OrganisationDetails details) {
        return new Organisation(id, parent.getId(), parent.path().child(id), details);
    }

    /** A new root node (a national union, or the top of a provincial deployment). */
    public static Organisation root(long id, OrganisationDetails details) {
        return new Organisation(id, null, OrganisationPath.root(id), details);
    }

    private Organisation(long id, Long parentId, OrganisationPath path, OrganisationDetails details) {
        this.id = id;
        this.parentId = parentId;
        this.path = path.value();
        this.createdAt = Instant.now();
        apply(details);
    }

    /** Changes what an admin may edit; the place in the tree changes only through a move. */
    public void apply(OrganisationDetails details) {
        this.code = details.code();
        this.name = details.name();
        this.type = details.type();
        this.regionCode = details.regionCode().value();
        this.runsAssistanceCentre = details.runsAssistanceCentre();
        this.contactPerson = details.contactPerson();
        this.contactPhone = details.contactPhone();
    }

    /** Hangs the node under a new parent; the caller moves the descendants' paths with it. */
    void moveUnder(Organisation parent) {
        this.parentId = parent.getId();
        this.path = parent.path().child(id).value();
    }

    public OrganisationPath path() {
        return new OrganisationPath(path);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getDepth() {
        return path().depth();
    }

    public RegionCode getRegionCode() {
        return new RegionCode(regionCode);
    }

    public boolean isRunsAssistanceCentre() {
        return runsAssistanceCentre;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(code, name, type, getRegionCode(), runsAssistanceCentre, contactPerson,
                contactPhone);
    }
}
