package org.unionaid.web.assistance;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.DelegationAdministration;
import org.unionaid.domain.assistance.NewDelegation;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.DisplayFormats;

/** Delegations (慰问团): the list and a new one, and one delegation with its home visits. */
@Controller
class DelegationController {

    private final DelegationAdministration delegations;

    DelegationController(DelegationAdministration delegations) {
        this.delegations = delegations;
    }

    @GetMapping("/delegations")
    String list(Actor actor, Model model) {
        model.addAttribute("delegations", delegations.list(actor));
        model.addAttribute("listed", DelegationAdministration.LISTED);
        model.addAttribute("maxDays", Delegation.MAX_DAYS);
        model.addAttribute("today", LocalDate.now(DisplayFormats.ZONE));
        return "delegations/list";
    }

    @PostMapping("/delegations")
    String create(Actor actor, @RequestParam(required = false) String leader,
            @RequestParam(required = false) String members,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        try {
            Delegation delegation = delegations.create(actor, new NewDelegation(leader, members, startsOn, endsOn));
            redirect.addFlashAttribute("success", "delegation.created");
            return "redirect:/delegations/" + delegation.id();
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/delegations";
        }
    }

    @GetMapping("/delegations/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("delegation", delegations.view(actor, id));
        model.addAttribute("visits", delegations.visits(actor, id));
        return "delegations/show";
    }
}
