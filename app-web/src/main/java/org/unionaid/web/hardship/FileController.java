package org.unionaid.web.hardship;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.assistance.MeasureStatus;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileDocuments;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.web.shared.DisplayFormats;
import org.unionaid.web.shared.FormErrors;
import org.unionaid.web.shared.PageLinks;

/** Hardship-worker files (困难职工档案): the list, opening a file, the file page and its first steps. */
@Controller
@RequestMapping("/files")
class FileController {

    private static final String FORM = "files/form";

    /** The parts of the file page, the first shown by default. */
    private static final List<String> TABS = List.of("basic", "household", "hardship", "bank", "documents", "plan",
            "income", "payments", "history");

    private final FileRegistration registration;
    private final FileDocuments documents;
    private final AssistancePlanning planning;
    private final Visiting visiting;
    private final IncomeTracking incomeTracking;
    private final Disbursement disbursement;

    FileController(FileRegistration registration, FileDocuments documents, AssistancePlanning planning,
            Visiting visiting, IncomeTracking incomeTracking, Disbursement disbursement) {
        this.disbursement = disbursement;
        this.registration = registration;
        this.documents = documents;
        this.planning = planning;
        this.visiting = visiting;
        this.incomeTracking = incomeTracking;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(50);
    }

    @ModelAttribute("statuses")
    FileStatus[] statuses() {
        return FileStatus.values();
    }

    @ModelAttribute("causeValues")
    HardshipCause[] causeValues() {
        return HardshipCause.values();
    }

    @ModelAttribute("needValues")
    Need[] needValues() {
        return Need.values();
    }

    @ModelAttribute("levels")
    FileLevel[] levels() {
        return FileLevel.values();
    }

    @ModelAttribute("employmentStatuses")
    EmploymentStatus[] employmentStatuses() {
        return EmploymentStatus.values();
    }

    @ModelAttribute("householdRegisters")
    HouseholdRegister[] householdRegisters() {
        return HouseholdRegister.values();
    }

    @ModelAttribute("modelWorkerLevels")
    ModelWorkerLevel[] modelWorkerLevels() {
        return ModelWorkerLevel.values();
    }

    @ModelAttribute("categories")
    HardshipCategory[] categories() {
        return HardshipCategory.values();
    }

    @ModelAttribute("banks")
    Bank[] banks() {
        return Bank.values();
    }

    @ModelAttribute("exclusionFlags")
    ExclusionFlag[] exclusionFlags() {
        return ExclusionFlag.values();
    }

    @ModelAttribute("schoolLevels")
    SchoolLevel[] schoolLevels() {
        return SchoolLevel.values();
    }

    @ModelAttribute("visitKinds")
    VisitKind[] visitKinds() {
        return VisitKind.values();
    }

    @ModelAttribute("measureStatuses")
    MeasureStatus[] measureStatuses() {
        return MeasureStatus.values();
    }

    @ModelAttribute("exitReasons")
    ExitReason[] exitReasons() {
        return ExitReason.values();
    }

    @ModelAttribute("incomeCheckResults")
    IncomeCheckResult[] incomeCheckResults() {
        return IncomeCheckResult.values();
    }

    @ModelAttribute("relations")
    Relation[] relations() {
        return Relation.values();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String person, @RequestParam(required = false) FileStatus status,
            @RequestParam(required = false) HardshipCategory category, @RequestParam(required = false) HardshipCause cause,
            @RequestParam(required = false) Need need, @RequestParam(required = false) Long union,
            @RequestParam(defaultValue = "false") boolean ready,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        FileFilter filter = new FileFilter(name, person, status, category, cause, need, union, ready);
        Sort.Order order = pageable.getSort().stream().filter(o -> HardshipFiles.SORTABLE.contains(o.getProperty()))
                .findFirst().orElse(Sort.Order.desc("createdAt"));
        model.addAttribute("page", registration.search(actor, filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(order))));
        model.addAttribute("unions", registration.unionsInReach(actor));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("name", name);
        filters.put("person", filter.hasPersonKey() ? person : null);
        filters.put("status", status);
        filters.put("category", category);
        filters.put("cause", cause);
        filters.put("need", need);
        filters.put("union", union);
        filters.put("ready", ready ? Boolean.TRUE : null);
        model.addAllAttributes(filters);
        String filterQuery = PageLinks.filterQuery(filters);
        String sort = order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT);
        model.addAttribute("sort", sort);
        model.addAttribute("sortProperty", order.getProperty());
        model.addAttribute("sortAscending", order.isAscending());
        // Column headers sort with the filters kept; paging keeps the filters and the order.
        model.addAttribute("sortQuery", filterQuery);
        model.addAttribute("filterQuery", filterQuery + "&sort=" + sort);
        return "files/list";
    }

    /**
     * The filter form posts here so that a typed ID number travels in a request body only; the
     * list is then shown for the person's blind-index key.
     */
    @PostMapping("/find")
    String find(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) FileStatus status, @RequestParam(required = false) HardshipCategory category,
            @RequestParam(required = false) HardshipCause cause, @RequestParam(required = false) Need need,
            @RequestParam(required = false) Long union, @RequestParam(defaultValue = "false") boolean ready,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String person,
            RedirectAttributes redirect) {
        if (name != null && !name.isBlank()) {
            redirect.addAttribute("name", name.strip());
        }
        Map<String, Object> coded = new LinkedHashMap<>();
        coded.put("status", status);
        coded.put("category", category);
        coded.put("cause", cause);
        coded.put("need", need);
        coded.put("union", union);
        coded.put("ready", ready ? Boolean.TRUE : null);
        coded.put("sort", sort == null || sort.isBlank() ? null : sort);
        coded.forEach((key, value) -> {
            if (value != null) {
                redirect.addAttribute(key, value);
            }
        });
        if (idNumber != null && !idNumber.isBlank()) {
            try {
                redirect.addAttribute("person", registration.personKey(idNumber));
            } catch (DomainException refusal) {
                redirect.addFlashAttribute("filterError", refusal.messageKey());
            }
        } else if (new FileFilter(null, person, null).hasPersonKey()) {
            // The person filter already in force stays while other filters change.
            redirect.addAttribute("person", person);
        }
        return "redirect:/files";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        FileForm form = new FileForm();
        form.getMembers().add(new FileForm.MemberRow());
        return showForm(actor, form, model);
    }

    @PostMapping(params = "addMember")
    String addMember(Actor actor, @ModelAttribute("form") FileForm form, Model model) {
        form.getMembers().add(new FileForm.MemberRow());
        return showForm(actor, form, model);
    }

    @PostMapping(params = "removeMember")
    String removeMember(Actor actor, @ModelAttribute("form") FileForm form, @RequestParam int removeMember,
            Model model) {
        removeRow(form, removeMember);
        return showForm(actor, form, model);
    }

    @PostMapping
    String open(Actor actor, @ModelAttribute("form") FileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.getMembers().removeIf(FileForm.MemberRow::isBlankRow);
        try {
            HardshipFile file = registration.open(actor, form.command());
            redirect.addFlashAttribute("success", "file.opened");
            return "redirect:/files/" + file.getId();
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, form, model);
        }
    }

    /**
     * The category suggestion for the figures on the form, as the clerk types (htmx swaps the
     * fragment in); nothing is saved.
     */
    @PostMapping("/suggestion")
    String suggestion(Actor actor, @ModelAttribute("form") FileForm form, Model model) {
        try {
            model.addAttribute("preview", registration.preview(actor,
                    form.getOrganisationId() == null ? 0 : form.getOrganisationId(), form.finances(),
                    form.householdSize()));
        } catch (DomainException refusal) {
            model.addAttribute("previewError", refusal.messageKey());
        }
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        return "files/suggestion :: suggestion";
    }

    /** Approved files of the subtree due for their yearly re-verification, oldest first. */
    @GetMapping("/due")
    String due(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", registration.dueForReverification(actor, pageable));
        model.addAttribute("filterQuery", "");
        return "files/due";
    }

    /** Approved files whose income per head has stayed above 低保 long enough to propose their exit. */
    @GetMapping("/exit-candidates")
    String exitCandidates(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", incomeTracking.exitCandidates(actor, pageable));
        model.addAttribute("windowStart", incomeTracking.exitWindowStart());
        model.addAttribute("windowEnd", incomeTracking.exitWindowStart().plusMonths(IncomeTracking.MONTHS_ABOVE_FOR_EXIT - 1));
        model.addAttribute("filterQuery", "");
        return "files/exit-candidates";
    }

    @GetMapping("/{id}/reverify")
    String reverifyForm(Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return openEditing(actor, id, Editing.REVERIFICATION, model, redirect);
    }

    @PostMapping(value = "/{id}/reverify", params = "addMember")
    String addMemberWhileReverifying(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            Model model) {
        form.getMembers().add(new FileForm.MemberRow());
        return showEditing(actor, id, Editing.REVERIFICATION, form, model);
    }

    @PostMapping(value = "/{id}/reverify", params = "removeMember")
    String removeMemberWhileReverifying(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            @RequestParam int removeMember, Model model) {
        removeRow(form, removeMember);
        return showEditing(actor, id, Editing.REVERIFICATION, form, model);
    }

    @PostMapping("/{id}/reverify")
    String reverify(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return saveEditing(actor, id, Editing.REVERIFICATION, form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return openEditing(actor, id, Editing.REVISION, model, redirect);
    }

    @PostMapping(value = "/{id}", params = "addMember")
    String addMemberWhileEditing(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            Model model) {
        form.getMembers().add(new FileForm.MemberRow());
        return showEditing(actor, id, Editing.REVISION, form, model);
    }

    @PostMapping(value = "/{id}", params = "removeMember")
    String removeMemberWhileEditing(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            @RequestParam int removeMember, Model model) {
        removeRow(form, removeMember);
        return showEditing(actor, id, Editing.REVISION, form, model);
    }

    @PostMapping("/{id}")
    String revise(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return saveEditing(actor, id, Editing.REVISION, form, result, model, redirect);
    }

    /** The two ways an existing file is edited with the same form: corrected, or re-verified once approved. */
    private enum Editing {
        REVISION("file.revised"),
        REVERIFICATION("file.reverified");

        private final String saved;

        Editing(String saved) {
            this.saved = saved;
        }
    }

    private HardshipFile editable(Actor actor, long id, Editing editing) {
        return editing == Editing.REVISION ? registration.forRevision(actor, id)
                : registration.forReverification(actor, id);
    }

    private String openEditing(Actor actor, long id, Editing editing, Model model, RedirectAttributes redirect) {
        try {
            HardshipFile file = editable(actor, id, editing);
            return showEditForm(file, FileForm.of(file), editing, model);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            return "redirect:/files/" + id;
        }
    }

    private String showEditing(Actor actor, long id, Editing editing, FileForm form, Model model) {
        return showEditForm(editable(actor, id, editing), form, editing, model);
    }

    private String saveEditing(Actor actor, long id, Editing editing, FileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.getMembers().removeIf(FileForm.MemberRow::isBlankRow);
        try {
            if (editing == Editing.REVISION) {
                registration.revise(actor, id, form.command(), form.getReason());
            } else {
                registration.reverify(actor, id, form.command(), form.getReason());
            }
            redirect.addFlashAttribute("success", editing.saved);
            return "redirect:/files/" + id;
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showEditing(actor, id, editing, form, model);
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String tab, Model model) {
        HardshipFile file = registration.view(actor, id);
        model.addAttribute("file", file);
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
        }
        return show(actor, id, person == 0 ? "basic" : "household", model);
    }

    private String showForm(Actor actor, FileForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        model.addAttribute("unions", registration.unionsForFiling(actor));
        model.addAttribute("regions", registration.regionsNear(actor));
        return FORM;
    }

    /** The same form for a file being revised or re-verified: its union is fixed, its numbers kept unless retyped. */
    private String showEditForm(HardshipFile file, FileForm form, Editing editing, Model model) {
        form.setOrganisationId(file.getOrganisation().getId());
        model.addAttribute("form", form);
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        model.addAttribute("editing", file);
        model.addAttribute("reverifying", editing == Editing.REVERIFICATION);
        model.addAttribute("regions", registration.regionsOf(file));
        return FORM;
    }

    private static void removeRow(FileForm form, int index) {
        if (index >= 0 && index < form.getMembers().size()) {
            form.getMembers().remove(index);
        }
    }
}
