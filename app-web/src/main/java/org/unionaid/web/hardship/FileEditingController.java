package org.unionaid.web.hardship;

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
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.FormErrors;

/**
 * An existing file edited with the file form, in one of two {@link Editing} modes: corrected before
 * approval (/files/{id}/edit, posted to /files/{id}), or re-verified once approved (/files/{id}/reverify).
 */
@Controller
@RequestMapping("/files")
class FileEditingController {

    private final FileRegistration registration;

    FileEditingController(FileRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/{id}/reverify")
    String reverifyForm(Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return openEditing(actor, id, Editing.REVERIFICATION, model, redirect);
    }

    @PostMapping(value = "/{id}/reverify", params = "addMember")
    String addMemberWhileReverifying(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            Model model) {
        form.addMemberRow();
        return showEditing(actor, id, Editing.REVERIFICATION, form, model);
    }

    @PostMapping(value = "/{id}/reverify", params = "removeMember")
    String removeMemberWhileReverifying(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            @RequestParam int removeMember, Model model) {
        form.removeMemberRow(removeMember);
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
        form.addMemberRow();
        return showEditing(actor, id, Editing.REVISION, form, model);
    }

    @PostMapping(value = "/{id}", params = "removeMember")
    String removeMemberWhileEditing(Actor actor, @PathVariable long id, @ModelAttribute("form") FileForm form,
            @RequestParam int removeMember, Model model) {
        form.removeMemberRow(removeMember);
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
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/files/" + id;
        }
    }

    private String showEditing(Actor actor, long id, Editing editing, FileForm form, Model model) {
        return showEditForm(editable(actor, id, editing), form, editing, model);
    }

    private String saveEditing(Actor actor, long id, Editing editing, FileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.dropBlankMemberRows();
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

    /** The same form for a file being revised or re-verified: its union is fixed, its numbers kept unless retyped. */
    private String showEditForm(HardshipFile file, FileForm form, Editing editing, Model model) {
        form.setOrganisationId(file.getOrganisation().getId());
        model.addAttribute("form", form);
        model.addAttribute("requiredDocuments", AttachmentKind.requiredFor(form.getNeeds()));
        model.addAttribute("editing", file);
        model.addAttribute("reverifying", editing == Editing.REVERIFICATION);
        model.addAttribute("regions", registration.regionsOf(file));
        return "files/form";
    }
}
