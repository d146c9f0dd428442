package org.unionaid.web.audit;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditTrail;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.trace.RecordLinks;

/**
 * The action log of the actor's subtree, newest first, for auditors and admins: each row in words — the action,
 * its object named and linked ({@link RecordLinks}), its detail read back into a sentence ({@link AuditDescriptions}).
 */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final RecordLinks records;

    AuditController(AuditTrail trail, RecordLinks records) {
        this.trail = trail;
        this.records = records;
    }

    @GetMapping("/audit")
    String list(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        Page<AuditEntry> page = trail.search(actor, pageable);
        List<RecordRef> targets = page.stream().map(AuditDescriptions::target).filter(Objects::nonNull).toList();
        model.addAttribute("page", page);
        model.addAttribute("labels", records.labels(targets));
        model.addAttribute("filterQuery", "");
        return "audit/list";
    }
}
