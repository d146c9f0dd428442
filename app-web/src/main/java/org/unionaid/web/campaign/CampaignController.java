package org.unionaid.web.campaign;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignClosing;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.funds.DonorKind;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.DisplayFormats;

/** Campaigns (活动): the list, setting one up, and its page. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    /** Categories that receive money; 不符合建档条件 receives none. */
    static final List<HardshipCategory> PAID_CATEGORIES = List.of(HardshipCategory.DEEP, HardshipCategory.RELATIVE,
            HardshipCategory.ACCIDENT);

    /**
     * Purposes a campaign pays for; 未指定用途 is how money arrives, not what it is paid for, and 日常帮扶 belongs to
     * no campaign (R-FUND-01).
     */
    static final List<FundPurpose> PAID_PURPOSES = List.of(FundPurpose.CONDOLENCE, FundPurpose.LIVING,
            FundPurpose.MEDICAL, FundPurpose.EDUCATION, FundPurpose.EMPLOYMENT);

    private final CampaignAdministration campaigns;
    private final FundIntake intake;
    private final Disbursement disbursement;
    private final CampaignClosing closing;

    CampaignController(CampaignAdministration campaigns, FundIntake intake, Disbursement disbursement,
            CampaignClosing closing) {
        this.campaigns = campaigns;
        this.intake = intake;
        this.disbursement = disbursement;
        this.closing = closing;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("campaigns", campaigns.list(actor));
        return "campaigns/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        LocalDate today = LocalDate.now(DisplayFormats.ZONE);
        model.addAttribute("year", today.getYear() + (today.getMonthValue() >= 10 ? 1 : 0));
        addChoices(model);
        return "campaigns/form";
    }

    @PostMapping
    String create(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportingDeadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filingDeadline,
            @RequestParam(required = false) String studyLivingCostMonthly,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        try {
            Campaign campaign = campaigns.create(actor, new CampaignDraft(name, year, startsOn, endsOn,
                    reportingDeadline, studyLivingCostMonthly, standards(params), sources(params), filingDeadline));
            redirect.addFlashAttribute("success", "campaign.created");
            return "redirect:/campaigns/" + campaign.id();
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/campaigns/new";
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.view(actor, id));
        model.addAttribute("receipts", intake.receipts(actor, id));
        model.addAttribute("progress", disbursement.progressByUnion(actor, id));
        model.addAttribute("paidBy", disbursement.paidBySourceAndPurpose(actor, id));
        model.addAttribute("board", intake.donationBoard(actor, id));
        model.addAttribute("days", intake.donationsByDay(actor, id));
        model.addAttribute("receivableSources", Arrays.stream(FundSource.values())
                .filter(s -> s != FundSource.UPPER_UNION && s != FundSource.MATCHING).toList());
        model.addAttribute("allPurposes", Arrays.stream(FundPurpose.values())
                .filter(p -> p != FundPurpose.DAILY).toList());
        model.addAttribute("closure", closing.closure(actor, id).orElse(null));
        // The union's own leftover, then its subtree's.
        model.addAttribute("leftovers", List.of(closing.leftover(actor, id), closing.subtreeLeftover(actor, id)));
        model.addAttribute("donorKinds", DonorKind.values());
        model.addAttribute("today", LocalDate.now(DisplayFormats.ZONE));
        model.addAttribute("ownUnion", actor.organisationId());
        addChoices(model);
        return "campaigns/show";
    }

    /** R-FUND-02 — the organiser's approver or finance closes the campaign; a refusal says which rule and why. */
    @PostMapping("/{id}/close")
    String close(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            closing.close(actor, id);
            redirect.addFlashAttribute("success", "campaign.closed.done");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/campaigns/" + id;
    }

    private static void addChoices(Model model) {
        model.addAttribute("categories", PAID_CATEGORIES);
        model.addAttribute("purposes", PAID_PURPOSES);
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("centralPurposes", Campaign.CENTRAL_MONEY_PURPOSES);
    }

    /** Fields named {@code standard_DEEP_CONDOLENCE}: one per category and purpose, blank for none. */
    private static Map<HardshipCategory, Map<FundPurpose, String>> standards(MultiValueMap<String, String> params) {
        Map<HardshipCategory, Map<FundPurpose, String>> standards = new EnumMap<>(HardshipCategory.class);
        for (HardshipCategory category : PAID_CATEGORIES) {
            for (FundPurpose purpose : PAID_PURPOSES) {
                String amount = params.getFirst("standard_" + category + "_" + purpose);
                if (amount != null && !amount.isBlank()) {
                    standards.computeIfAbsent(category, c -> new EnumMap<>(FundPurpose.class)).put(purpose, amount);
                }
            }
        }
        return standards;
    }

    /** Check boxes named {@code sources_LIVING} whose values are the sources ticked for that purpose. */
    private static Map<FundPurpose, Set<FundSource>> sources(MultiValueMap<String, String> params) {
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        for (FundPurpose purpose : PAID_PURPOSES) {
            List<String> ticked = params.getOrDefault("sources_" + purpose, List.of());
            if (!ticked.isEmpty()) {
                Set<FundSource> set = EnumSet.noneOf(FundSource.class);
                ticked.forEach(source -> set.add(FundSource.valueOf(source)));
                sources.put(purpose, set);
            }
        }
        return sources;
    }
}
