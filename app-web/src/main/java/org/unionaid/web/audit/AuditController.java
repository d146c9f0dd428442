package org.unionaid.web.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;

/** The action log of the actor's subtree, newest first, for auditors and admins. */
@Controller
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String list(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        if (!actor.has(Role.AUDITOR) && !actor.has(Role.ADMIN)) {
            throw new OutsideScopeException(actor.loginName() + " may not read the audit log");
        }
        model.addAttribute("page", auditLog.search(actor.organisationPath(), pageable));
        model.addAttribute("filterQuery", "");
        return "audit/list";
    }
}
