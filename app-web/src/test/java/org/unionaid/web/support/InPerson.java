package org.unionaid.web.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.DelegationAdministration;
import org.unionaid.domain.assistance.NewDelegation;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.security.Actor;

/**
 * Cash and goods in person the way a union does it (R-HAND-01, R-HAND-02): the district's approver records the
 * district's delegation, the tea company's clerk records its home visit to a household, the district's finance
 * uploads the roster the households signed. Flushed, so that SQL (the handover row's trigger) sees them.
 */
@Component
public class InPerson {

    public static final byte[] SIGNED_ROSTER = "%PDF-1.7 签字花名册".getBytes(StandardCharsets.UTF_8);

    private final DelegationAdministration delegations;
    private final Visiting visiting;
    private final Handover handover;
    private final DemoUsers demo;
    private final Clock clock;
    private final EntityManager em;

    InPerson(DelegationAdministration delegations, Visiting visiting, Handover handover, DemoUsers demo, Clock clock,
            EntityManager em) {
        this.delegations = delegations;
        this.visiting = visiting;
        this.handover = handover;
        this.demo = demo;
        this.clock = clock;
        this.em = em;
    }

    /** The district's (西湖区总工会) delegation, recorded by its approver, out from three days ago to a week ahead. */
    public Delegation districtDelegation(String leader) {
        return delegationOf(demo.actor("approver"), leader);
    }

    /** A delegation of {@code organiser}'s union, out from three days ago to a week ahead. */
    public Delegation delegationOf(Actor organiser, String leader) {
        LocalDate today = LocalDate.now(clock);
        return delegations.create(organiser, new NewDelegation(leader, "刘强、赵敏", today.minusDays(3),
                today.plusDays(7)));
    }

    /** The delegation's home visit to a household of the tea company, recorded by the company's clerk. */
    public Visit homeVisit(Delegation delegation, long fileId, LocalDate on) {
        Visit visit = visiting.toFile(demo.actor("clerk"), fileId, delegation.id(), on, VisitKind.HOME, null,
                "慰问金、米和油", null, List.of());
        em.flush();
        return visit;
    }

    /** The signed roster of a batch, scanned and uploaded by the district's finance today. */
    public void signedRoster(long batchId) {
        handover.addScan(demo.actor("finance"), batchId, "签字花名册.pdf", SIGNED_ROSTER);
    }
}
