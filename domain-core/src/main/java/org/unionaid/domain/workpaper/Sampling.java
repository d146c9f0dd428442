package org.unionaid.domain.workpaper;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.DeskAccess;
import org.unionaid.domain.anomaly.Threshold;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * R-AUDIT-09 — spot-check samples (抽查): an auditor draws a share of the paid lines of a campaign, or of the
 * approved files, of the own subtree (the share defaults to the top union's setting, 30 % as one province
 * spot-checks home visits). The seed is recorded with the sample — typed by the auditor or drawn at random — so
 * that anyone can draw the same sample again from the same records; the drawing is in the audit log.
 */
@Service
@Transactional
public class Sampling {

    private final Samples samples;
    private final AuditSettings settings;
    private final CampaignAdministration campaigns;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sampling(Samples samples, AuditSettings settings, CampaignAdministration campaigns, AuditLog auditLog,
            Clock clock) {
        this.samples = samples;
        this.settings = settings;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Sample draw(Actor actor, SampleKind kind, Long campaignId, Long seed, BigDecimal percent) {
        DeskAccess.requireAuditor(actor);
        if (kind == null) {
            throw DomainException.onField("kind", "sample.kind.required");
        }
        if (kind == SampleKind.PAID_LINES) {
            if (campaignId == null) {
                throw DomainException.onField("campaignId", "sample.campaign.required");
            }
            campaigns.view(actor, campaignId);
        }
        BigDecimal share = percent != null ? percent : settings.current().get(Threshold.SAMPLE_PERCENT);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2) {
            throw DomainException.onField("percent", "sample.percent.range");
        }
        long chosen = seed != null ? seed : random.nextLong(1, 1_000_000_000L);
        long id = samples.nextId();
        int population = samples.draw(id, kind, actor.organisationId(), actor.organisationPath(),
                kind == SampleKind.PAID_LINES ? campaignId : null, chosen, share, actor.userId(), Instant.now(clock));
        Sample sample = samples.find(id).orElseThrow();
        auditLog.record(AuditEntry.success(actor, AuditAction.AUDIT_SAMPLE_DRAW, "audit_sample", id, kind + " seed "
                + chosen + ", " + share.toPlainString() + "% of " + population + " = " + sample.size()));
        return sample;
    }

    @Transactional(readOnly = true)
    public Sample view(Actor actor, long sampleId) {
        Sample sample = samples.find(sampleId).orElseThrow(() -> new NotFoundException("audit sample", sampleId));
        DeskAccess.requireAuditor(actor);
        actor.requireReach(new OrganisationPath(sample.scopePath()));
        return sample;
    }

    @Transactional(readOnly = true)
    public List<SampleItem> items(Actor actor, long sampleId) {
        view(actor, sampleId);
        return samples.items(sampleId);
    }

    @Transactional(readOnly = true)
    public List<Sample> list(Actor actor) {
        DeskAccess.requireAuditor(actor);
        return samples.seenFrom(actor.organisationPath(), 50);
    }
}
