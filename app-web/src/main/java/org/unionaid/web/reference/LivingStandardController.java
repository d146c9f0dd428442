package org.unionaid.web.reference;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.LivingStandardAdministration;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.FormErrors;
import org.unionaid.web.shared.PageLinks;

/** 低保标准 per division and year, maintained by admins for the divisions their union covers. */
@Controller
@RequestMapping("/admin/living-standards")
class LivingStandardController {

    private static final String FORM = "standards/form";

    private final LivingStandardAdministration administration;
    private final OrganisationAdministration organisations;

    LivingStandardController(LivingStandardAdministration administration, OrganisationAdministration organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer year,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        Page<MinimumLivingStandard> page = administration.search(actor, year, pageable);
        model.addAttribute("page", page);
        model.addAttribute("year", year);
        model.addAttribute("regionNames", administration.regionNames(page.getContent().stream()
                .map(s -> s.getRegionCode().value()).collect(Collectors.toSet())));
        model.addAttribute("filterQuery", PageLinks.filterQuery(year == null ? Map.of() : Map.of("year", year)));
        return "standards/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        return showForm(actor, new LivingStandardForm(), model);
    }

    @GetMapping("/{id}")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        return showForm(actor, LivingStandardForm.of(administration.view(actor, id)), model);
    }

    @PostMapping
    String save(Actor actor, @Valid @ModelAttribute("form") LivingStandardForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(actor, form, model);
        }
        try {
            MinimumLivingStandard saved = administration.set(actor, new RegionCode(form.getRegionCode()),
                    form.getYear(), form.figures());
            redirect.addFlashAttribute("success", "standard.saved");
            return "redirect:/admin/living-standards/" + saved.getId();
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, form, model);
        }
    }

    private String showForm(Actor actor, LivingStandardForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("regions", organisations.regionChoices(actor));
        return FORM;
    }
}
