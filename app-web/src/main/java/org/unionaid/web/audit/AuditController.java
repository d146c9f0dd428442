package org.unionaid.web.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.domain.audit.AuditTrail;
import org.unionaid.domain.security.Actor;

/** The action log of the actor's subtree, newest first, for auditors and admins. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", trail.search(actor, pageable));
        model.addAttribute("filterQuery", "");
        return "audit/list";
    }
}
