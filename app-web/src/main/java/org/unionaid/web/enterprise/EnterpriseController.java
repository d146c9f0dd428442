package org.unionaid.web.enterprise;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.enterprise.EnterpriseAid;
import org.unionaid.domain.enterprise.HardshipEnterprise;
import org.unionaid.domain.enterprise.NewEnterpriseVisit;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** Enterprises in difficulty (困难企业): the list of the subtree, recording one, and its visits with what was given. */
@Controller
class EnterpriseController {

    private final EnterpriseAid aid;
    private final Clock clock;

    EnterpriseController(EnterpriseAid aid, Clock clock) {
        this.clock = clock;
        this.aid = aid;
    }

    @GetMapping("/enterprises")
    String list(Actor actor, Model model) {
        model.addAttribute("enterprises", aid.list(actor));
        model.addAttribute("unions", aid.unionsInReach(actor));
        return "enterprises/list";
    }

    @PostMapping("/enterprises")
    String register(Actor actor, @RequestParam(required = false) Long union, @RequestParam(required = false) String name,
            @RequestParam(required = false) String creditCode, @RequestParam(required = false) String difficulty,
            @RequestParam(required = false) Integer employees, RedirectAttributes redirect) {
        try {
            HardshipEnterprise enterprise = aid.register(actor, union == null ? actor.organisationId() : union, name,
                    creditCode, difficulty, employees);
            redirect.addFlashAttribute("success", "enterprise.created");
            return "redirect:/enterprises/" + enterprise.id();
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/enterprises";
        }
    }

    @GetMapping("/enterprises/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("enterprise", aid.view(actor, id));
        model.addAttribute("visits", aid.visits(actor, id));
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/show";
    }

    @PostMapping("/enterprises/{id}/visits")
    String visit(Actor actor, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) String visitors, @RequestParam(required = false) String cash,
            @RequestParam(required = false) String goods, @RequestParam(required = false) String goodsValue,
            @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        try {
            aid.recordVisit(actor, id, new NewEnterpriseVisit(visitedOn, visitors, cash, goods, goodsValue, notes));
            redirect.addFlashAttribute("success", "visit.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/enterprises/" + id;
    }
}
