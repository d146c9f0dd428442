package org.unionaid.web.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.person.BirthDisclosure;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.web.shared.DisplayFormats;
import org.unionaid.web.shared.PageReads;

/** The file page: one tab of the file at a time beside its actions card, and a full ID number shown once. */
@Controller
@RequestMapping("/files")
class FilePageController {

    /** The parts of the file page, the first shown by default; each is a template under files/tabs/. */
    private static final List<String> TABS = List.of("basic", "household", "hardship", "bank", "documents", "plan",
            "income", "payments", "history");

    private final FileRegistration registration;
    private final FileDocumentation documents;
    private final AssistancePlanning planning;
    private final Visiting visiting;
    private final IncomeTracking incomeTracking;
    private final Disbursement disbursement;
    private final PageReads reads;

    private final Clock clock;

    FilePageController(FileRegistration registration, FileDocumentation documents, AssistancePlanning planning,
            Visiting visiting, IncomeTracking incomeTracking, Disbursement disbursement, PageReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
        this.registration = registration;
        this.documents = documents;
        this.planning = planning;
        this.visiting = visiting;
        this.incomeTracking = incomeTracking;
        this.disbursement = disbursement;
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String tab, Model model) {
        return reads.of(() -> page(actor, id, tab, model));
    }

    private String page(Actor actor, long id, String tab, Model model) {
        HardshipFile file = registration.view(actor, id);
        model.addAttribute("file", file);
        // R-PRIV-01: the page shows the worker's age; the birth date only beside the number revealed in full.
        model.addAttribute("workerAge", BirthDisclosure.age(file.getBirthDate(), LocalDate.now(clock)));
        model.addAttribute("tabs", TABS);
        model.addAttribute("tab", tab != null && TABS.contains(tab) ? tab : TABS.get(0));
        model.addAttribute("addressRegionName", registration.regionName(file.getWorkerDetails().getAddressRegion()));
        model.addAttribute("history", registration.history(actor, id));
        model.addAttribute("measures", planning.planOf(actor, id));
        List<Visit> visits = visiting.ofFile(actor, id);
        model.addAttribute("visits", visits);
        model.addAttribute("photos", visiting.photosOf(visits));
        model.addAttribute("delegations", visiting.delegationsFor(actor));
        model.addAttribute("incomes", incomeTracking.ofFile(actor, id));
        model.addAttribute("payments", disbursement.paymentsOf(actor, id));
        model.addAttribute("monthsForExit", IncomeTracking.MONTHS_ABOVE_FOR_EXIT);
        model.addAttribute("exitProposed", !incomeTracking.proposedForExit(List.of(id)).isEmpty());
        model.addAttribute("aboveFilesUnion", !actor.organisationPath().equals(file.getOrganisation().path()));
        model.addAttribute("thisMonth", YearMonth.now(DisplayFormats.ZONE));
        model.addAttribute("today", LocalDate.now(DisplayFormats.ZONE));
        model.addAttribute("documents", documents.list(actor, id));
        model.addAttribute("missingDocuments", documents.missing(actor, id));
        model.addAttribute("documentKinds", AttachmentKind.values());
        return "files/detail";
    }

    /** Shows the file page once with one full ID number; nothing is stored or redirected. */
    @PostMapping("/{id}/reveal")
    String reveal(Actor actor, @PathVariable long id, @RequestParam int person,
            @RequestParam(required = false) String reason, Model model) {
        try {
            model.addAttribute("revealed", registration.reveal(actor, id, person, reason));
            model.addAttribute("revealedPerson", person);
        } catch (DomainException refusal) {
            model.addAttribute("error", refusal.messageKey());
            model.addAttribute("errorArgs", refusal.arguments());
        }
        return show(actor, id, person == 0 ? "basic" : "household", model);
    }
}
