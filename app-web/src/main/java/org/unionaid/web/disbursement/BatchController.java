package org.unionaid.web.disbursement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.assistance.DelegationAdministration;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.LineQuery;
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.NamedBatchFilling;
import org.unionaid.domain.disbursement.PayeeKind;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.bankfile.BankSection;
import org.unionaid.web.shared.PageLinks;
import org.unionaid.web.shared.PageReads;

/** Disbursement batches (发放批次): building one from approved files, checking and approving it. */
@Controller
class BatchController {

    private final Disbursement disbursement;
    private final CampaignAdministration campaigns;
    private final FileRegistration registration;
    private final Handover handover;
    private final BankSection bankSection;
    private final TemplateAdministration templates;
    private final DelegationAdministration delegations;
    private final PageReads reads;
    private final NamedBatchFilling namedPayments;

    BatchController(Disbursement disbursement, CampaignAdministration campaigns, FileRegistration registration,
            Handover handover, BankSection bankSection, TemplateAdministration templates,
            DelegationAdministration delegations, PageReads reads, NamedBatchFilling namedPayments) {
        this.reads = reads;
        this.namedPayments = namedPayments;
        this.templates = templates;
        this.handover = handover;
        this.delegations = delegations;
        this.bankSection = bankSection;
        this.disbursement = disbursement;
        this.campaigns = campaigns;
        this.registration = registration;
    }

    @GetMapping("/batches")
    String list(Actor actor, Model model) {
        model.addAttribute("batches", disbursement.list(actor));
        model.addAttribute("campaigns", campaigns.list(actor));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("payeeKinds", PayeeKind.values());
        model.addAttribute("bankTemplates", actor.has(Role.FINANCE) ? templates.templates(actor) : List.of());
        return "batches/list";
    }

    @PostMapping("/batches")
    String create(Actor actor, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) FundSource source, @RequestParam(required = false) FundPurpose purpose,
            @RequestParam(required = false) PaymentMethod method, @RequestParam(required = false) String goods,
            @RequestParam(required = false) Long bankTemplate, @RequestParam(required = false) String goodsQuantity,
            @RequestParam(required = false) String goodsUnit, @RequestParam(required = false) PayeeKind payees,
            RedirectAttributes redirect) {
        try {
            // R-HAND-04: a goods batch states each household's share; the other methods ignore these fields.
            Goods share = method == PaymentMethod.GOODS ? Goods.of(goods, wholeNumber(goodsQuantity), goodsUnit) : null;
            Batch batch = disbursement.create(actor, campaign, source, purpose, method, share, bankTemplate,
                    payees == null ? PayeeKind.FILES : payees);
            redirect.addFlashAttribute("success", "batch.created");
            return "redirect:/batches/" + batch.id();
        } catch (DomainException refusal) {
            flashError(redirect, refusal);
            return "redirect:/batches";
        }
    }

    @GetMapping("/batches/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) LineStatus status, @RequestParam(defaultValue = "false") boolean problemsOnly,
            @PageableDefault(size = 100) Pageable pageable, Model model) {
        return reads.of(() -> page(actor, id, name, status, problemsOnly, pageable, model));
    }

    private String page(Actor actor, long id, String name, LineStatus status, boolean problemsOnly, Pageable pageable,
            Model model) {
        Batch batch = disbursement.view(actor, id);
        model.addAttribute("batch", batch);
        bankSection.addTo(actor, batch, model);
        // A draft's every line is checked again on each view (the whole batch, as approval will), so that
        // a refusal on any page shows in the count and "only these" filter; the page shows its own lines.
        Map<Long, LineRefusal> problems = disbursement.problems(actor, id);
        Page<BatchLine> page = disbursement.lines(actor, id,
                new LineQuery(name, status, problemsOnly ? problems.keySet() : null), pageable);
        model.addAttribute("page", page);
        model.addAttribute("lines", page.getContent());
        model.addAttribute("problems", problems);
        model.addAttribute("lineName", name);
        model.addAttribute("lineStatus", status);
        model.addAttribute("problemsOnly", problemsOnly);
        model.addAttribute("lineStatuses", LineStatus.values());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("name", name);
        filters.put("status", status);
        filters.put("problemsOnly", problemsOnly ? "true" : null);
        model.addAttribute("filterQuery", PageLinks.filterQuery(filters));
        model.addAttribute("categories", HardshipCategory.values());
        model.addAttribute("groups", RecipientGroup.values());
        model.addAttribute("unions", registration.unionsInReach(actor));
        model.addAttribute("self", actor.userId());
        model.addAttribute("scans", handover.scans(actor, id));
        if (batch.method() != PaymentMethod.BANK_TRANSFER) {
            // Who may hand the cash or goods over (R-HAND-01), and what the batch still lacks (R-HAND-02).
            model.addAttribute("delegations", delegations.sentBy(actor, batch.payingUnionId()));
            model.addAttribute("progress", handover.progress(actor, id));
        }
        return "batches/show";
    }

    @PostMapping("/batches/{id}/fill")
    String fill(Actor actor, @PathVariable long id, @RequestParam(required = false) HardshipCategory category,
            @RequestParam(required = false) Long union, RedirectAttributes redirect) {
        try {
            Disbursement.FillReport report = disbursement.fill(actor, id, category, union);
            redirect.addFlashAttribute("success", "batch.filled");
            redirect.addFlashAttribute("successArgs", new Object[] {report.added(), report.refused().size()});
            redirect.addFlashAttribute("refused", report.refused());
        } catch (DomainException refusal) {
            flashError(redirect, refusal);
        }
        return "redirect:/batches/" + id;
    }

    /** Fills a batch that pays named recipients from the lists of the subtree (劳模, 一线职工, …). */
    @PostMapping("/batches/{id}/fill-named")
    String fillNamed(Actor actor, @PathVariable long id, @RequestParam(required = false) RecipientGroup group,
            @RequestParam(required = false) Long union, RedirectAttributes redirect) {
        try {
            Disbursement.FillReport report = namedPayments.fill(actor, id, group, union);
            redirect.addFlashAttribute("success", "batch.filled");
            redirect.addFlashAttribute("successArgs", new Object[] {report.added(), report.refused().size()});
            redirect.addFlashAttribute("refused", report.refused());
        } catch (DomainException refusal) {
            flashError(redirect, refusal);
        }
        return "redirect:/batches/" + id;
    }

    @PostMapping("/batches/{id}/lines/{line}")
    String editLine(Actor actor, @PathVariable long id, @PathVariable long line,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return change(id, redirect, "batch.lineChanged", () -> disbursement.editLine(actor, line, amount, reason));
    }

    @PostMapping("/batches/{id}/lines/{line}/remove")
    String removeLine(Actor actor, @PathVariable long id, @PathVariable long line, RedirectAttributes redirect) {
        return change(id, redirect, "batch.lineRemoved", () -> disbursement.removeLine(actor, line));
    }

    @PostMapping("/batches/{id}/approve")
    String approve(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, "batch.approved", () -> disbursement.approve(actor, id));
    }

    private static String change(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refusal) {
            flashError(redirect, refusal);
        }
        return "redirect:/batches/" + id;
    }

    /** A typed count, or null when it is none (the use case then says what to type). */
    private static Integer wholeNumber(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void flashError(RedirectAttributes redirect, DomainException refusal) {
        redirect.addFlashAttribute("error", refusal.messageKey());
        redirect.addFlashAttribute("errorArgs", refusal.arguments());
    }
}
