package org.unionaid.web.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.BalanceTransfers;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** Balance transfers (结余转入日常帮扶): requests with their decision records, and their approval. */
@Controller
class TransferController {

    private final BalanceTransfers transfers;
    private final CampaignAdministration campaigns;

    TransferController(BalanceTransfers transfers, CampaignAdministration campaigns) {
        this.transfers = transfers;
        this.campaigns = campaigns;
    }

    @GetMapping("/transfers")
    String list(Actor actor, Model model) {
        model.addAttribute("transfers", transfers.list(actor));
        List<Campaign> visible = campaigns.list(actor);
        model.addAttribute("campaigns", visible.stream().filter(campaigns::hasEnded).toList());
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("campaignNames", visible.stream().collect(Collectors.toMap(Campaign::id, Campaign::name)));
        model.addAttribute("ownUnion", actor.organisationId());
        model.addAttribute("self", actor.userId());
        return "funds/transfers";
    }

    @PostMapping("/transfers")
    String request(Actor actor, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) FundSource source, @RequestParam(required = false) FundPurpose fromPurpose,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String decisionDocument, RedirectAttributes redirect) {
        return outcome(redirect, "funds.transfer.requested", () -> {
            if (campaign == null) {
                throw DomainException.onField("campaign", "funds.transfer.campaignRequired");
            }
            transfers.request(actor, campaign, source, fromPurpose, amount, decisionNumber, decisionDate,
                    decisionDocument);
        });
    }

    @PostMapping("/transfers/{id}/approve")
    String approve(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return outcome(redirect, "funds.transfer.approved", () -> transfers.approve(actor, id));
    }

    @PostMapping("/transfers/{id}/reject")
    String reject(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return outcome(redirect, "funds.transfer.rejected", () -> transfers.reject(actor, id, reason));
    }

    private static String outcome(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/transfers";
    }
}
