package org.unionaid.web.recipient;

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
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.NewRecipient;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.recipient.RecipientRegistration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * Named recipients (按名单慰问: 劳模, 一线职工, 困难农民工, 困难党员、老党员): the lists of the subtree, recording a person, and
 * the person's page with the visits paid to them — a delegation's home visit being the one their cash or goods are
 * handed over on, as a household's are.
 */
@Controller
class RecipientController {

    private final RecipientRegistration registration;
    private final Visiting visiting;
    private final Clock clock;

    RecipientController(RecipientRegistration registration, Visiting visiting, Clock clock) {
        this.clock = clock;
        this.registration = registration;
        this.visiting = visiting;
    }

    @GetMapping("/recipients")
    String list(Actor actor, @RequestParam(required = false) RecipientGroup group, Model model) {
        model.addAttribute("recipients", registration.list(actor, group));
        model.addAttribute("group", group);
        model.addAttribute("groups", RecipientGroup.values());
        model.addAttribute("banks", Bank.values());
        model.addAttribute("unions", registration.unionsInReach(actor));
        return "recipients/list";
    }

    @PostMapping("/recipients")
    String register(Actor actor, @RequestParam(required = false) Long union,
            @RequestParam(required = false) RecipientGroup group, @RequestParam(required = false) String name,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String honour, @RequestParam(required = false) Bank bank,
            @RequestParam(required = false) String cardNumber, RedirectAttributes redirect) {
        try {
            NamedRecipient recipient = registration.register(actor, new NewRecipient(
                    union == null ? actor.organisationId() : union, group, name, idNumber, employer, honour, bank,
                    cardNumber, name));
            redirect.addFlashAttribute("success", "recipient.created");
            return "redirect:/recipients/" + recipient.id();
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/recipients";
        }
    }

    @GetMapping("/recipients/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("recipient", registration.view(actor, id));
        model.addAttribute("visits", visiting.ofRecipient(actor, id));
        model.addAttribute("delegations", visiting.delegationsFor(actor));
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "recipients/show";
    }

    /** A visit to the recipient, possibly a delegation's (the visit cash and goods are handed over on). */
    @PostMapping("/recipients/{id}/visits")
    String visit(Actor actor, @PathVariable long id, @RequestParam(required = false) Long delegation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) VisitKind kind, @RequestParam(required = false) String visitors,
            @RequestParam(required = false) String given, @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        try {
            visiting.toRecipient(actor, id, delegation, visitedOn, kind, visitors, given, notes);
            redirect.addFlashAttribute("success", "visit.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/recipients/" + id;
    }
}
