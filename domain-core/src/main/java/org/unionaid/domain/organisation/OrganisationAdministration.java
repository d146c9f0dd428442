package org.unionaid.domain.organisation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Use cases of the union tree. An admin manages only its own subtree: every method checks the role
 * and that each organisation it touches lies under the admin's own.
 */
@Service
@Transactional
public class OrganisationAdministration {

    private final Organisations organisations;
    private final Regions regions;
    private final AuditLog auditLog;

    public OrganisationAdministration(Organisations organisations, Regions regions, AuditLog auditLog) {
        this.organisations = organisations;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Organisation view(Actor actor, long id) {
        Organisation organisation = load(id);
        actor.require(Role.ADMIN, organisation.path());
        return organisation;
    }

    @Transactional(readOnly = true)
    public Page<Organisation> search(Actor actor, OrganisationFilter filter, Pageable pageable) {
        actor.requireRole(Role.ADMIN);
        return organisations.search(actor.organisationPath(), filter, pageable);
    }

    /** Organisations the actor may choose as a parent or as a user's organisation. */
    @Transactional(readOnly = true)
    public List<Organisation> choices(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return organisations.subtree(actor.organisationPath());
    }

    /** Divisions offered when entering a region code: those of the actor's own province. */
    @Transactional(readOnly = true)
    public List<Region> regionChoices(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return regions.inProvinceOf(load(actor.organisationId()).getRegionCode());
    }

    /** The full name of a division, for display next to its code. */
    @Transactional(readOnly = true)
    public String regionName(RegionCode code) {
        return regions.nameOf(code).orElse("");
    }

    @Transactional(readOnly = true)
    public List<Organisation> breadcrumbs(Actor actor, Organisation organisation) {
        return organisations.ancestorsOf(organisation.path()).stream()
                .filter(o -> actor.reaches(o.path()))
                .toList();
    }

    /** Creates a union directly under {@code parentId}, which must lie in the actor's subtree. */
    public Organisation create(Actor actor, long parentId, OrganisationDetails details) {
        Organisation parent = load(parentId);
        actor.require(Role.ADMIN, parent.path());
        requireFits(parent, details.type());
        requireKnownRegion(details.regionCode());
        if (organisations.existsByCode(details.code())) {
            throw DomainException.onField("code", "organisation.code.taken");
        }
        Organisation organisation = organisations.add(Organisation.under(organisations.nextId(), parent, details));
        auditLog.record(AuditEntry.success(actor, AuditAction.ORGANISATION_CREATE, "organisation",
                organisation.getId(), details.code() + " " + details.name() + " under " + parent.getCode()));
        return organisation;
    }

    public Organisation update(Actor actor, long id, OrganisationDetails details) {
        Organisation organisation = view(actor, id);
        OrganisationDetails before = organisation.details();
        if (!before.code().equals(details.code()) && organisations.existsByCode(details.code())) {
            throw DomainException.onField("code", "organisation.code.taken");
        }
        if (before.type() != details.type()) {
            if (organisation.getParentId() != null) {
                requireFits(load(organisation.getParentId()), details.type());
            }
            boolean childrenFit = organisations.childrenOf(organisation.path()).stream()
                    .allMatch(child -> details.type().mayHaveChild(child.getType()));
            if (!childrenFit) {
                throw DomainException.onField("type", "organisation.type.childrenDoNotFit");
            }
        }
        requireKnownRegion(details.regionCode());
        organisation.apply(details);
        auditLog.record(AuditEntry.success(actor, AuditAction.ORGANISATION_UPDATE, "organisation", id,
                OrganisationChanges.describe(before, details)));
        return organisation;
    }

    /**
     * Moves a union with its whole subtree under a new parent. The actor's own organisation cannot
     * be moved (that would take it out of the actor's reach), nor can a union move under itself.
     */
    public Organisation move(Actor actor, long id, long newParentId) {
        Organisation organisation = view(actor, id);
        Organisation newParent = load(newParentId);
        actor.requireReach(newParent.path());
        if (organisation.getId() == actor.organisationId()) {
            throw new OutsideScopeException(actor.loginName() + " cannot move its own organisation");
        }
        if (organisation.path().contains(newParent.path())) {
            throw DomainException.onField("parentId", "organisation.move.intoOwnSubtree");
        }
        requireFits(newParent, organisation.getType());
        OrganisationPath from = organisation.path();
        Long oldParentId = organisation.getParentId();
        organisation.moveUnder(newParent);
        int moved = organisations.movePaths(from, organisation.path());
        auditLog.record(AuditEntry.success(actor, AuditAction.ORGANISATION_MOVE, "organisation", id,
                "parent " + oldParentId + " → " + newParentId + ", with " + moved + " descendants"));
        return load(id);
    }

    private void requireFits(Organisation parent, OrganisationType childType) {
        if (!parent.getType().mayHaveChild(childType)) {
            throw DomainException.onField("type", "organisation.type.notUnderParent");
        }
    }

    private void requireKnownRegion(RegionCode code) {
        if (regions.nameOf(code).isEmpty()) {
            throw DomainException.onField("regionCode", "organisation.region.unknown");
        }
    }

    private Organisation load(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
