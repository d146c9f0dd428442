package org.unionaid.web.user;

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
import org.unionaid.domain.login.AccountLocking;
import org.unionaid.domain.login.SecondFactorAdministration;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.domain.user.UserFilter;
import org.unionaid.web.shared.FormErrors;
import org.unionaid.web.shared.PageLinks;

/** User management for admins, limited to the admin's own subtree. */
@Controller
@RequestMapping("/admin/users")
class UserController {

    private static final String FORM = "users/form";

    private final UserAdministration administration;
    private final OrganisationAdministration organisations;
    private final SecondFactorAdministration secondFactors;
    private final AccountLocking locks;

    UserController(UserAdministration administration, OrganisationAdministration organisations,
            SecondFactorAdministration secondFactors, AccountLocking locks) {
        this.administration = administration;
        this.organisations = organisations;
        this.secondFactors = secondFactors;
        this.locks = locks;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page", administration.search(actor, new UserFilter(q, role, enabled), pageable));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("role", role);
        filters.put("enabled", enabled);
        model.addAttribute("filterQuery", PageLinks.filterQuery(filters));
        return "users/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        UserForm form = new UserForm();
        form.setOrganisationId(actor.organisationId());
        return showForm(actor, null, form, model);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getLoginName() == null || form.getLoginName().isBlank()) {
            result.rejectValue("loginName", "NotBlank");
        }
        if (result.hasErrors()) {
            return showForm(actor, null, form, model);
        }
        try {
            UserAccount created = administration.create(actor, form.newUser());
            redirect.addFlashAttribute("success", "user.created");
            return "redirect:/admin/users/" + created.getId();
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, null, form, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        UserAccount user = administration.view(actor, id);
        return showForm(actor, user, UserForm.of(user), model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount user = administration.view(actor, id);
        form.setLoginName(user.getLoginName());
        if (result.hasErrors()) {
            return showForm(actor, user, form, model);
        }
        try {
            administration.update(actor, id, form.changes());
            redirect.addFlashAttribute("success", "user.updated");
            return "redirect:/admin/users/" + id;
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return showForm(actor, user, form, model);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(Actor actor, @PathVariable long id, @RequestParam String password,
            RedirectAttributes redirect) {
        try {
            administration.resetPassword(actor, id, password);
            redirect.addFlashAttribute("success", "user.passwordReset");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    /** R-AUTH-04 — a lost or replaced phone: an admin of a higher union resets the user's second factor. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            secondFactors.reset(actor, id);
            redirect.addFlashAttribute("success", "secondFactor.reset.done");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    /** R-AUTH-06 — an admin of the account's union or above lifts a lock after too many failed logins. */
    @PostMapping("/{id}/unlock")
    String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            locks.unlock(actor, id);
            redirect.addFlashAttribute("success", "user.unlocked");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String showForm(Actor actor, UserAccount user, UserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        if (user != null) {
            model.addAttribute("secondFactor", secondFactors.status(actor, user.getId()));
            model.addAttribute("lock", locks.lockOf(actor, user.getId()).orElse(null));
        }
        model.addAttribute("choices", organisations.choices(actor));
        model.addAttribute("rootDepth", actor.organisationPath().depth());
        return FORM;
    }
}
