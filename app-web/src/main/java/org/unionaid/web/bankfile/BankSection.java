package org.unionaid.web.bankfile;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileInspection;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;

/** What the batch page shows of the bank side of an approved bank-transfer batch (template {@code bankfiles/section}). */
@Component
public class BankSection {

    private final BankFileInspection inspection;
    private final TemplateAdministration templates;

    BankSection(BankFileInspection inspection, TemplateAdministration templates) {
        this.inspection = inspection;
        this.templates = templates;
    }

    /** Adds the section's attributes, and {@code bank = true}, when the batch has a bank side. */
    public void addTo(Actor actor, Batch batch, Model model) {
        boolean bank = batch.method() == PaymentMethod.BANK_TRANSFER && !batch.isDraft();
        model.addAttribute("bank", bank);
        if (!bank) {
            return;
        }
        List<BankFile> files = inspection.files(actor, batch.id());
        boolean handles = actor.has(Role.FINANCE) && batch.payingUnionId() == actor.organisationId();
        model.addAttribute("files", files);
        model.addAttribute("current", files.stream().filter(f -> !f.isVoided()).findFirst().orElse(null));
        model.addAttribute("returns", inspection.returns(actor, batch.id()));
        model.addAttribute("reconciliation", inspection.reconciliation(actor, batch.id()));
        model.addAttribute("handles", handles);
        model.addAttribute("templates", handles ? templates.templates(actor) : List.of());
    }
}
