package org.unionaid.web.hardship;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.FormErrors;

/** Opening a new file (建档) through the file form, and the category suggestion shown while typing. */
@Controller
@RequestMapping("/files")
class FileOpeningController {

    private final FileRegistration registration;

    FileOpeningController(FileRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        FileForm form = new FileForm();
        form.addMemberRow();
        return showForm(actor, form, model);
    }

    @PostMapping(params = "addMember")
    String addMember(Actor actor, @ModelAttribute("form") FileForm form, Model model) {
        form.addMemberRow();
        return showForm(actor, form, model);
    }

    @PostMapping(params = "removeMember")
    String removeMember(Actor actor, @ModelAttribute("form") FileForm form, @RequestParam int removeMember,
            Model model) {
        form.removeMemberRow(removeMember);
        return showForm(actor, form, model);
    }

    @PostMapping
    String open(Actor actor, @ModelAttribute("form") FileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.dropBlankMemberRows();
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
            model.addAttribute("preview", registration.preview(actor, form.getOrganisationId(), form.finances(),
                    form.householdSize()));
        } catch (DomainException refusal) {
            model.addAttribute("previewError", refusal.messageKey());
        }
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        return "files/suggestion :: suggestion";
    }

    private String showForm(Actor actor, FileForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        model.addAttribute("unions", registration.unionsForFiling(actor));
        model.addAttribute("regions", registration.regionsNear(actor));
        return "files/form";
    }
}
