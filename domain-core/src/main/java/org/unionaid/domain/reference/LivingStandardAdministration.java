package org.unionaid.domain.reference;

import java.util.Collection;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Admins maintain the 低保标准 of the divisions their own union covers: a provincial union's admin
 * any division of the province, a county's admin only that county.
 */
@Service
@Transactional
public class LivingStandardAdministration {

    private final MinimumLivingStandards standards;
    private final Organisations organisations;
    private final Regions regions;
    private final AuditLog auditLog;

    public LivingStandardAdministration(MinimumLivingStandards standards, Organisations organisations,
            Regions regions, AuditLog auditLog) {
        this.standards = standards;
        this.organisations = organisations;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Page<MinimumLivingStandard> search(Actor actor, Integer year, Pageable pageable) {
        return standards.search(coveredRegion(actor).prefix(), year, pageable);
    }

    @Transactional(readOnly = true)
    public MinimumLivingStandard view(Actor actor, long id) {
        MinimumLivingStandard standard = standards.findById(id)
                .orElseThrow(() -> new NotFoundException("minimum living standard", id));
        requireCovers(actor, standard.getRegionCode());
        return standard;
    }

    /** Sets the figures of a division and year, creating the entry or changing the existing one. */
    public MinimumLivingStandard set(Actor actor, RegionCode region, int year, StandardFigures figures) {
        requireCovers(actor, region);
        if (regions.nameOf(region).isEmpty()) {
            throw DomainException.onField("regionCode", "organisation.region.unknown");
        }
        var existing = standards.find(region, year);
        String before = existing.map(s -> describe(s.figures())).orElse("none");
        MinimumLivingStandard standard = existing.orElseGet(() -> standards.add(
                new MinimumLivingStandard(region, year, figures)));
        standard.apply(figures);
        auditLog.record(AuditEntry.success(actor, AuditAction.REFERENCE_DATA_CHANGE, "minimum_living_standard",
                region.value() + "/" + year, before + " → " + describe(figures)));
        return standard;
    }

    private RegionCode coveredRegion(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return organisations.findById(actor.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", actor.organisationId()))
                .getRegionCode();
    }

    private void requireCovers(Actor actor, RegionCode region) {
        if (!coveredRegion(actor).covers(region)) {
            throw new OutsideScopeException(actor.loginName() + " does not cover division " + region.value());
        }
    }

    private static String describe(StandardFigures figures) {
        return figures.monthlyAmount() + "/month ×" + figures.relativeMultiple() + " accident "
                + figures.accidentCostShare();
    }

    /** The full names of these divisions (e.g. "浙江省 杭州市"), for the list of standards. */
    @Transactional(readOnly = true)
    public Map<String, String> regionNames(Collection<String> codes) {
        return regions.fullNames(codes);
    }
}
