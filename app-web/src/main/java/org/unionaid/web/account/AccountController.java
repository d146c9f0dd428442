package org.unionaid.web.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.security.SessionExpiry;
import org.unionaid.web.shared.FormErrors;

/** Every signed-in user changes its own password here. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private static final String FORM = "account/password";

    private final UserAdministration users;
    private final SessionExpiry sessionExpiry;

    AccountController(UserAdministration users, SessionExpiry sessionExpiry) {
        this.users = users;
        this.sessionExpiry = sessionExpiry;
    }

    /** The password change form; nothing else may be bound from it. */
    public static class PasswordChangeForm {

        private String currentPassword;
        private String newPassword;
        private String confirmation;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return FORM;
    }

    @PostMapping
    String change(Actor actor, @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            HttpSession session, RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "password.confirmationDiffers");
            return FORM;
        }
        try {
            users.changeOwnPassword(actor, form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return FORM;
        }
        sessionExpiry.expireOtherSessionsOf(actor.userId(), session.getId());
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}
