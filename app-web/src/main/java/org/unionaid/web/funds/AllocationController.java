package org.unionaid.web.funds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.MatchDraft;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** Allocations down the tree (下拨) with their matching (配套), seen from both sides. */
@Controller
class AllocationController {

    private final Allocating allocating;
    private final CampaignAdministration campaigns;
    private final Clock clock;

    AllocationController(Allocating allocating, CampaignAdministration campaigns, Clock clock) {
        this.allocating = allocating;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** One form for many children; its request key makes a second submission harmless. */
    @GetMapping("/campaigns/{id}/allocate")
    String form(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.view(actor, id));
        model.addAttribute("children", allocating.children(actor));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("requestKey", UUID.randomUUID());
        return "funds/allocate";
    }

    @PostMapping("/campaigns/{id}/allocations")
    String allocate(Actor actor, @PathVariable long id, @RequestParam(required = false) FundSource source,
            @RequestParam(required = false) FundPurpose purpose, @RequestParam(required = false) String matchingRatio,
            @RequestParam(required = false) String ratioReason, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate matchDueOn,
            @RequestParam(required = false) String note, @RequestParam UUID requestKey,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        Map<Long, String> amounts = new LinkedHashMap<>();
        for (Organisation child : allocating.children(actor)) {
            String amount = params.getFirst("amount_" + child.getId());
            if (amount != null && !amount.isBlank()) {
                amounts.put(child.getId(), amount);
            }
        }
        try {
            Allocating.Outcome outcome = allocating.allocate(actor, new AllocationDraft(id, source, purpose,
                    matchingRatio, ratioReason, matchDueOn, note, requestKey, amounts));
            redirect.addFlashAttribute("success", outcome.repeated() ? "funds.allocation.repeated" : "funds.allocated");
            redirect.addFlashAttribute("successArgs", new Object[] {outcome.allocationIds().size()});
            return "redirect:/allocations";
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/campaigns/" + id + "/allocate";
        }
    }

    @GetMapping("/allocations")
    String list(Actor actor, Model model) {
        model.addAttribute("allocations", allocating.ofOwnUnion(actor));
        model.addAttribute("ownUnion", actor.organisationId());
        model.addAttribute("today", LocalDate.now(clock));
        return "funds/allocations";
    }

    @GetMapping("/allocations/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("allocation", allocating.view(actor, id));
        model.addAttribute("contributions", allocating.contributions(actor, id));
        model.addAttribute("matchingSources", MatchingSource.values());
        model.addAttribute("ownUnion", actor.organisationId());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("requestKey", UUID.randomUUID());
        return "funds/allocation";
    }

    @PostMapping("/allocations/{id}/matches")
    String recordMatch(Actor actor, @PathVariable long id, @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String voucherNumber,
            @RequestParam(required = false) MatchingSource source, @RequestParam(required = false) String note,
            @RequestParam UUID requestKey, RedirectAttributes redirect) {
        try {
            allocating.recordMatch(actor, id, new MatchDraft(amount, receivedOn, voucherNumber, source, note, requestKey));
            redirect.addFlashAttribute("success", "funds.match.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/allocations/" + id;
    }
}
