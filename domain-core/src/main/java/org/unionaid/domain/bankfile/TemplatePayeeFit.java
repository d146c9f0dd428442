package org.unionaid.domain.bankfile;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.unionaid.domain.disbursement.PayeeFit;
import org.unionaid.domain.shared.Refusal;

/**
 * {@link PayeeFit} by the bank file writer itself (R-PAY-13): a payee is judged with the writer of the batch's
 * template, the same code that will write the file. Writers are kept per template: building one per line
 * would cost a batch of 100,000 lines a second.
 */
@Component
class TemplatePayeeFit implements PayeeFit {

    private final BankFileTemplates templates;
    private final Map<Long, BankFileWriter> writers = new ConcurrentHashMap<>();

    TemplatePayeeFit(BankFileTemplates templates) {
        this.templates = templates;
    }

    /** The first generic template (no bank of its own): the one any bank accepts. */
    @Override
    public long defaultTemplate() {
        return templates.all().stream().filter(t -> t.bank() == null).min(Comparator.comparingLong(BankFileTemplate::id))
                .or(() -> templates.all().stream().min(Comparator.comparingLong(BankFileTemplate::id)))
                .orElseThrow(() -> new IllegalStateException("no bank file template")).id();
    }

    @Override
    public boolean exists(long templateId) {
        return templates.find(templateId).isPresent();
    }

    @Override
    public Optional<Refusal> refusal(long templateId, Payee payee) {
        BankFileWriter writer = writers.computeIfAbsent(templateId, id -> new BankFileWriter(templates.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no bank file template " + id))));
        PaymentRow row = new PaymentRow(1, "", payee.cardMasked(), payee.accountName(), null,
                BankFileTexts.bank(payee.bank()), "", "", payee.idNumberMasked() == null ? "" : payee.idNumberMasked(),
                payee.accountName());
        // A writer's encoder keeps state between values: one fill at a time per template.
        synchronized (writer) {
            return writer.payeeRefusal(row);
        }
    }
}
