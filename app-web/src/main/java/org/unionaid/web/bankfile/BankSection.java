package org.unionaid.web.bankfile;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFiles;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;

/** What the batch page shows of the bank side of an approved bank-transfer batch (template {@code bankfiles/section}). */
@Component
public class BankSection {

    private final BankFiles bankFiles;

    BankSection(BankFiles bankFiles) {
        this.bankFiles = bankFiles;
    }

    /** Adds the section's attributes, and {@code bank = true}, when the batch has a bank side. */
    public void addTo(Actor actor, Batch batch, Model model) {
        boolean bank = batch.method() == PaymentMethod.BANK_TRANSFER && !batch.isDraft();
        model.addAttribute("bank", bank);
        if (!bank) {
            return;
        }
        List<BankFile> files = bankFiles.files(actor, batch.id());
        boolean handles = actor.has(Role.FINANCE) && batch.payingUnionId() == actor.organisationId();
        model.addAttribute("files", files);
        model.addAttribute("current", files.stream().filter(f -> !f.isVoided()).findFirst().orElse(null));
        model.addAttribute("returns", bankFiles.returns(actor, batch.id()));
        model.addAttribute("reconciliation", bankFiles.reconciliation(actor, batch.id()));
        model.addAttribute("handles", handles);
        model.addAttribute("templates", handles ? bankFiles.templates(actor) : List.of());
    }
}
