package org.unionaid.web.workpaper;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.workpaper.Sample;
import org.unionaid.domain.workpaper.SampleItem;
import org.unionaid.domain.workpaper.SampleKind;
import org.unionaid.domain.workpaper.Sampling;
import org.unionaid.web.trace.RecordLinks;

/** Spot-check samples (抽查) of the auditor's subtree: drawn with a recorded seed, listed with their records. */
@Controller
class SampleController {

    private final Sampling sampling;
    private final CampaignAdministration campaigns;
    private final RecordLinks records;

    SampleController(Sampling sampling, CampaignAdministration campaigns, RecordLinks records) {
        this.sampling = sampling;
        this.campaigns = campaigns;
        this.records = records;
    }

    @GetMapping("/audit/samples")
    String list(Actor actor, Model model) {
        model.addAttribute("samples", sampling.list(actor));
        model.addAttribute("campaigns", campaigns.list(actor));
        model.addAttribute("kinds", SampleKind.values());
        return "workpaper/samples";
    }

    @PostMapping("/audit/samples")
    String draw(Actor actor, @RequestParam(required = false) SampleKind kind,
            @RequestParam(required = false) Long campaignId, @RequestParam(required = false) String seed,
            @RequestParam(required = false) String percent, RedirectAttributes redirect) {
        try {
            Sample sample = sampling.draw(actor, kind, campaignId, number(seed, "sample.seed.invalid") == null ? null
                    : number(seed, "sample.seed.invalid").longValueExact(), number(percent, "sample.percent.range"));
            redirect.addFlashAttribute("success", "sample.drawn");
            return "redirect:/audit/samples/" + sample.id();
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
            redirect.addFlashAttribute("errorArgs", refused.arguments());
            return "redirect:/audit/samples";
        }
    }

    private static BigDecimal number(String text, String refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (refusal.equals("sample.seed.invalid")) {
                value.longValueExact();
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DomainException(refusal);
        }
    }

    @GetMapping("/audit/samples/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Sample sample = sampling.view(actor, id);
        List<SampleItem> items = sampling.items(actor, id);
        model.addAttribute("sample", sample);
        model.addAttribute("items", items);
        model.addAttribute("labels", records.labels(items.stream().map(SampleItem::record).toList()));
        return "workpaper/sample";
    }
}
