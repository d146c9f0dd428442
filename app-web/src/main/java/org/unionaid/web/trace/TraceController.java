package org.unionaid.web.trace;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.trace.PaymentTrace;
import org.unionaid.domain.trace.PaymentTracing;
import org.unionaid.domain.trace.ReturnTrace;

/**
 * Every payment traceable: one page per payment line with its whole chain, a bank return with the lines it
 * settled, and a household's lines from its file. Auditors reach them from a hit, a ledger entry or a file; finance
 * and approvers read them too. Numbers are masked (the trace never opens one).
 */
@Controller
class TraceController {

    private final PaymentTracing tracing;
    private final FileRegistration files;
    private final RecordLinks records;

    TraceController(PaymentTracing tracing, FileRegistration files, RecordLinks records) {
        this.tracing = tracing;
        this.files = files;
        this.records = records;
    }

    @GetMapping("/trace/lines/{id}")
    String line(Actor actor, @PathVariable long id, Model model) {
        PaymentTrace trace = tracing.trace(actor, id);
        model.addAttribute("trace", trace);
        model.addAttribute("line", trace.line());
        model.addAttribute("auditor", actor.has(Role.AUDITOR));
        model.addAttribute("findingRecords", trace.line().named()
                ? List.of(new RecordRef("disbursement_line", id).toString())
                : List.of(new RecordRef("disbursement_line", id).toString(),
                        new RecordRef("hardship_file", trace.line().fileId()).toString()));
        return "trace/line";
    }

    @GetMapping("/trace/returns/{id}")
    String bankReturn(Actor actor, @PathVariable long id, Model model) {
        ReturnTrace trace = tracing.bankReturn(actor, id);
        model.addAttribute("trace", trace);
        model.addAttribute("batchLabel", records.text(new RecordRef("disbursement_batch", trace.bankReturn().batchId()),
                records.labels(List.of(new RecordRef("disbursement_batch", trace.bankReturn().batchId())))));
        return "trace/return";
    }

    @GetMapping("/trace/files/{id}")
    String file(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("lines", tracing.linesOfFile(actor, id));
        HardshipFile file = files.view(actor, id);
        model.addAttribute("file", file);
        return "trace/file";
    }
}
