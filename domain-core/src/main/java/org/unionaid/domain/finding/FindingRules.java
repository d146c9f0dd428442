package org.unionaid.domain.finding;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.Refusal;

/**
 * Who takes which step of a finding (issue 16; seed 002: 经审部门要强化审计监督). Each rule a small check that
 * answers with the reason the user reads; {@link FindingWorkflow} calls them on every path.
 */
public final class FindingRules {

    /** The roles of a union's own staff, who answer for it; an auditor alone does not rectify. */
    static final Set<Role> STAFF = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN);

    private FindingRules() {
    }

    /** R-AUDIT-04 — a finding names its union, inside the raising auditor's subtree, with a title and a note. */
    static Optional<Refusal> raisable(Actor auditor, OrganisationPath union, String title, String note) {
        if (union == null) {
            return Refusal.refuse("finding.union.required");
        }
        if (!auditor.reaches(union)) {
            return Refusal.refuse("finding.union.outside");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            return Refusal.refuse("finding.title.required");
        }
        if (note == null || note.isBlank() || note.strip().length() > 2000) {
            return Refusal.refuse("finding.note.required");
        }
        return Optional.empty();
    }

    /** R-AUDIT-05 — the responsible union's own staff answer, while the finding waits for an answer. */
    static Optional<Refusal> answerable(Actor actor, Finding finding) {
        if (actor.organisationId() != finding.unionId() || actor.roles().stream().noneMatch(STAFF::contains)) {
            return Refusal.refuse("finding.answer.notTheUnion");
        }
        if (!finding.status().awaitsAnswer()) {
            return Refusal.refuse("finding.answer.notAwaited");
        }
        return Optional.empty();
    }

    /**
     * R-AUDIT-05 — an auditor of the raising union or above confirms or returns an answered finding, and not the
     * person who answered it (maker-checker, R-MC-01).
     */
    static Optional<Refusal> decidable(Actor actor, Finding finding, Long answeredBy) {
        if (!actor.has(Role.AUDITOR) || !actor.reaches(new OrganisationPath(finding.raisedUnionPath()))) {
            return Refusal.refuse("finding.decide.notAnAuditorAbove");
        }
        if (finding.status() != FindingStatus.ANSWERED) {
            return Refusal.refuse("finding.decide.notAnswered");
        }
        if (answeredBy != null && answeredBy == actor.userId()) {
            return Refusal.refuse("finding.decide.ownAnswer");
        }
        return Optional.empty();
    }

    /** Whether the reader sees the finding: auditors over their subtree, staff of the responsible union its own. */
    static boolean visible(Actor actor, Finding finding) {
        if (actor.has(Role.AUDITOR) && actor.reaches(new OrganisationPath(finding.unionPath()))) {
            return true;
        }
        return actor.organisationId() == finding.unionId() && actor.roles().stream().anyMatch(STAFF::contains);
    }

    static Optional<Refusal> text(String text, String key) {
        return text == null || text.isBlank() || text.strip().length() > 2000 ? Refusal.refuse(key) : Optional.empty();
    }
}
