package org.unionaid.web.funds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.BalanceTransferring;
import org.unionaid.domain.funds.TransferRequest;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * Balance transfers (结余转入日常帮扶): requests with the meeting's decision and minutes, their approval, and the list
 * every union above and every auditor of the subtree sees (R-FUND-09).
 */
@Controller
class TransferController {

    private final BalanceTransferring transfers;
    private final CampaignAdministration campaigns;

    TransferController(BalanceTransferring transfers, CampaignAdministration campaigns) {
        this.transfers = transfers;
        this.campaigns = campaigns;
    }

    @GetMapping("/transfers")
    String list(Actor actor, Model model) {
        model.addAttribute("transfers", transfers.list(actor));
        List<Campaign> visible = campaigns.list(actor);
        // R-FUND-04: only a closed campaign has a leftover to move.
        model.addAttribute("campaigns", visible.stream().filter(c -> campaigns.closure(c.id()).isPresent()).toList());
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
            @RequestParam(required = false) MultipartFile minutes, RedirectAttributes redirect) throws IOException {
        byte[] content = minutes == null || minutes.isEmpty() ? null : minutes.getBytes();
        String filename = minutes == null ? null : minutes.getOriginalFilename();
        return outcome(redirect, "funds.transfer.requested", () -> transfers.request(actor, new TransferRequest(campaign,
                source, fromPurpose, amount, decisionNumber, decisionDate, filename, content)));
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

    /** R-FUND-09 — the meeting's minutes, as a download for anyone who sees the transfer. */
    @GetMapping("/transfers/{id}/minutes")
    ResponseEntity<byte[]> minutes(Actor actor, @PathVariable long id) {
        BalanceTransferring.Minutes minutes = transfers.minutes(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(minutes.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_PDF)
                .body(minutes.content());
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
