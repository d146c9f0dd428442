package org.unionaid.web.bankfile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.bankfile.BankFileEncoding;
import org.unionaid.domain.bankfile.BankFileFormat;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.LineEnding;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** A new bank file template, usually copied from an existing one and adjusted to a bank's specification. */
@Controller
class TemplateController {

    private final TemplateAdministration administration;

    TemplateController(TemplateAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/bank-templates/new")
    String form(Actor actor, @RequestParam(required = false) Long copy, Model model) {
        administration.requireKeeper(actor);
        BankFileTemplate source = copy == null ? null : administration.templates(actor).stream()
                .filter(t -> t.id() == copy).findFirst().orElse(null);
        model.addAttribute("source", source);
        model.addAttribute("columns", source == null ? "" : TemplateAdministration.columnsText(source));
        model.addAttribute("banks", Bank.values());
        model.addAttribute("formats", BankFileFormat.values());
        model.addAttribute("encodings", BankFileEncoding.values());
        model.addAttribute("lineEndings", LineEnding.values());
        return "bankfiles/template-form";
    }

    @PostMapping("/bank-templates")
    String create(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) Bank bank,
            @RequestParam(required = false) BankFileFormat format,
            @RequestParam(required = false) BankFileEncoding encoding, @RequestParam(required = false) String separator,
            @RequestParam(required = false) LineEnding lineEnding,
            @RequestParam(defaultValue = "false") boolean withHeader,
            @RequestParam(defaultValue = "false") boolean withTrailer, @RequestParam(required = false) String columns,
            RedirectAttributes redirect) {
        try {
            administration.create(actor, new TemplateAdministration.TemplateDraft(name, bank, format, encoding,
                    separator, lineEnding, withHeader, withTrailer, columns));
            redirect.addFlashAttribute("success", "template.created");
            return "redirect:/bank-templates";
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/bank-templates/new";
        }
    }
}
