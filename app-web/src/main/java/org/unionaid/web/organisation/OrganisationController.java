package org.unionaid.web.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
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
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.organisation.OrganisationFilter;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.FormErrors;
import org.unionaid.web.shared.PageLinks;

/** The union tree for admins: a paged, filtered list, one form for create and edit, and moves. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationController {

    private static final String FORM = "organisations/form";

    private final OrganisationAdministration administration;

    OrganisationController(OrganisationAdministration administration) {
        this.administration = administration;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("types")
    OrganisationType[] types() {
        return OrganisationType.values();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationType type, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page", administration.search(actor, new OrganisationFilter(q, type), pageable));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("rootDepth", actor.organisationPath().depth());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("type", type);
        model.addAttribute("filterQuery", PageLinks.filterQuery(filters));
        return "organisations/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, @RequestParam(required = false) Long parentId, Model model) {
        OrganisationForm form = new OrganisationForm();
        form.setParentId(parentId == null ? actor.organisationId() : parentId);
        return showForm(actor, null, form, model);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getParentId() == null) {
            result.rejectValue("parentId", "NotNull");
        }
        if (result.hasErrors()) {
            return showForm(actor, null, form, model);
        }
        try {
            Organisation created = administration.create(actor, form.getParentId(), form.details());
            redirect.addFlashAttribute("success", "organisation.created");
            return "redirect:/admin/organisations/" + created.getId();
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, null, form, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        Organisation organisation = administration.view(actor, id);
        return showForm(actor, organisation, OrganisationForm.of(organisation), model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Organisation organisation = administration.view(actor, id);
        if (result.hasErrors()) {
            return showForm(actor, organisation, form, model);
        }
        try {
            administration.update(actor, id, form.details());
            redirect.addFlashAttribute("success", "organisation.updated");
            return "redirect:/admin/organisations/" + id;
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, organisation, form, model);
        }
    }

    @PostMapping("/{id}/move")
    String move(Actor actor, @PathVariable long id, @RequestParam long newParentId, RedirectAttributes redirect) {
        try {
            administration.move(actor, id, newParentId);
            redirect.addFlashAttribute("success", "organisation.moved");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/admin/organisations/" + id;
    }

    private String showForm(Actor actor, Organisation organisation, OrganisationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("choices", administration.choices(actor));
        model.addAttribute("regions", administration.regionChoices(actor));
        model.addAttribute("rootDepth", actor.organisationPath().depth());
        if (organisation != null) {
            model.addAttribute("regionName", administration.regionName(organisation.getRegionCode()));
            model.addAttribute("breadcrumbs", administration.breadcrumbs(actor, organisation));
        }
        return FORM;
    }
}
