package org.unionaid.domain.anomaly;

import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;

/**
 * R-AUDIT-02 — who reads the desk: an auditor (审计/经审), over the own union's subtree only. A run over a wider
 * subtree (the nightly run of the top union, or an auditor's above) is read through the reader's own range; a
 * run of a sibling's subtree is refused like any other request outside the subtree (403, in the audit log).
 */
public final class DeskAccess {

    private DeskAccess() {
    }

    public static void requireAuditor(Actor actor) {
        actor.requireRole(Role.AUDITOR);
    }

    /** The reader may see the run: its subtree holds the reader's, or lies inside it. */
    public static void requireSees(Actor actor, String runScope) {
        requireAuditor(actor);
        OrganisationPath scope = new OrganisationPath(runScope);
        if (!scope.contains(actor.organisationPath()) && !actor.reaches(scope)) {
            throw new OutsideScopeException(actor.loginName() + " is outside anomaly run scope " + runScope);
        }
    }
}
