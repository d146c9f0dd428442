package org.unionaid.web.funds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.DonorKind;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.Funds;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetWriter;

/** Money received for a campaign (资金入账, 募集) and the campaign's donation board as Excel. */
@Controller
class ReceiptController {

    private final FundIntake intake;
    private final CampaignAdministration campaigns;
    private final MessageSource messages;

    ReceiptController(FundIntake intake, CampaignAdministration campaigns, MessageSource messages) {
        this.intake = intake;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @PostMapping("/campaigns/{id}/receipts")
    String record(Actor actor, @PathVariable long id, @RequestParam(required = false) FundSource source,
            @RequestParam(required = false) FundPurpose purpose, @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String receiptNumber, @RequestParam(required = false) DonorKind donorKind,
            @RequestParam(required = false) String donorName, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            intake.record(actor, new ReceiptDraft(id, source, purpose, amount, receivedOn, receiptNumber, donorKind,
                    donorName, note));
            redirect.addFlashAttribute("success", "funds.receipt.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/campaigns/" + id + "#receipts";
    }

    /** The donation board (捐款公示) as a workbook: donors ranked by total, then the daily totals. */
    @GetMapping("/campaigns/{id}/donations.xlsx")
    void exportBoard(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        Campaign campaign = campaigns.view(actor, id);
        List<Funds.DonorTotal> board = intake.donationBoard(actor, id);
        List<Funds.DailyTotal> days = intake.donationsByDay(actor, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(label("funds.board.file", locale, campaign.name()), StandardCharsets.UTF_8).build()
                .toString());
        try (SheetWriter writer = SheetWriter.create(response.getOutputStream(), label("funds.board.title", locale))) {
            writer.title(label("funds.board.sheetTitle", locale, campaign.name()), 5);
            writer.header(List.of(label("funds.board.rank", locale), label("funds.donor", locale),
                    label("funds.donorKind", locale), label("funds.board.total", locale),
                    label("funds.board.count", locale)), Set.of());
            int rank = 0;
            for (Funds.DonorTotal donor : board) {
                writer.row(List.of(++rank, donor.donorName(), label("funds.donorKind." + donor.donorKind(), locale),
                        donor.total().toBigDecimal(), donor.donations()));
            }
            writer.row(List.of());
            writer.row(List.of(label("funds.board.day", locale), label("funds.board.dayTotal", locale),
                    label("funds.board.count", locale)));
            for (Funds.DailyTotal day : days) {
                writer.row(List.of(day.day(), day.total().toBigDecimal(), day.donations()));
            }
        }
    }

    private String label(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
