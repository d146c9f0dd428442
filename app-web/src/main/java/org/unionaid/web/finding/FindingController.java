package org.unionaid.web.finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.finding.EvidenceUpload;
import org.unionaid.domain.finding.Finding;
import org.unionaid.domain.finding.FindingStatus;
import org.unionaid.domain.finding.FindingWorkflow;
import org.unionaid.domain.finding.NewFinding;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.PageLinks;
import org.unionaid.web.trace.RecordLinks;

/**
 * Findings to rectification (审计发现与整改): auditors raise them from a hit or from what they saw, the responsible
 * union's staff answer with the rectification and its evidence, an auditor of the raising union or above confirms or
 * returns the answer. Outside {@code /audit}, since the union's staff (finance, clerks…) read and answer them.
 */
@Controller
class FindingController {

    private final FindingWorkflow findings;
    private final AnomalyDetection runs;
    private final RecordLinks records;

    FindingController(FindingWorkflow findings, AnomalyDetection runs, RecordLinks records) {
        this.findings = findings;
        this.runs = runs;
        this.records = records;
    }

    @GetMapping("/findings")
    String list(Actor actor, @RequestParam(required = false) FindingStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Finding> found = findings.list(actor, status, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("page", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("auditor", actor.has(Role.AUDITOR));
        model.addAttribute("filterQuery", PageLinks.filterQuery(Map.of("status", status == null ? "" : status.name())));
        return "findings/list";
    }

    @GetMapping("/findings/new")
    String form(Actor actor, @RequestParam(required = false) Long run, @RequestParam(required = false) AnomalyRule rule,
            @RequestParam(required = false) String key, @RequestParam(required = false) List<String> records,
            @RequestParam(required = false) Long union, Model model) {
        actor.requireRole(Role.AUDITOR);
        FindingForm form = new FindingForm();
        form.setUnionId(union);
        form.setRecords(records == null ? List.of() : records);
        if (run != null && rule != null && key != null) {
            Hit hit = runs.hit(actor, run, rule, key);
            form.setRunId(run);
            form.setRule(rule);
            form.setHitKey(key);
            form.setUnionId(hit.unionId());
            form.setRecords(hit.records().stream().map(RecordRef::toString).toList());
            model.addAttribute("hit", hit);
        }
        return showForm(actor, form, model);
    }

    private String showForm(Actor actor, FindingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unions", findings.responsibleUnions(actor));
        List<RecordRef> refs = form.recordRefs();
        model.addAttribute("recordRefs", refs);
        model.addAttribute("labels", records.labels(refs));
        return "findings/form";
    }

    @PostMapping("/findings")
    String raise(Actor actor, FindingForm form, Model model, RedirectAttributes redirect) {
        try {
            List<RecordRef> refs;
            try {
                refs = form.recordRefs();
            } catch (IllegalArgumentException e) {
                throw new DomainException("finding.record.unknown", String.join(" ", form.getRecords()));
            }
            Finding finding = findings.raise(actor, new NewFinding(form.getUnionId(), form.getTitle(), form.getNote(),
                    refs, form.getRunId(), form.getRule(), form.getHitKey()));
            redirect.addFlashAttribute("success", "finding.raised");
            return "redirect:/findings/" + finding.id();
        } catch (DomainException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorArgs", refused.arguments());
            if (form.getRunId() != null && form.getRule() != null && form.getHitKey() != null) {
                model.addAttribute("hit", runs.hit(actor, form.getRunId(), form.getRule(), form.getHitKey()));
            }
            List<String> safe = new ArrayList<>();
            for (String text : form.getRecords()) {
                try {
                    RecordRef.parse(text.strip());
                    safe.add(text.strip());
                } catch (IllegalArgumentException unreadable) {
                    // left out: shown in the refusal
                }
            }
            form.setRecords(safe);
            return showForm(actor, form, model);
        }
    }

    @GetMapping("/findings/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Finding finding = findings.view(actor, id);
        model.addAttribute("finding", finding);
        model.addAttribute("steps", findings.steps(actor, id));
        model.addAttribute("labels", records.labels(finding.records()));
        model.addAttribute("mayAnswer", finding.status().awaitsAnswer() && actor.organisationId() == finding.unionId());
        model.addAttribute("mayDecide", finding.status() == FindingStatus.ANSWERED && actor.has(Role.AUDITOR)
                && actor.reaches(new OrganisationPath(finding.raisedUnionPath())));
        return "findings/show";
    }

    @PostMapping("/findings/{id}/answer")
    String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect)
            throws IOException {
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (MultipartFile file : evidence == null ? List.<MultipartFile>of() : evidence) {
            if (!file.isEmpty()) {
                uploads.add(new EvidenceUpload(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return step(redirect, id, "finding.answered", () -> findings.answer(actor, id, text, uploads));
    }

    @PostMapping("/findings/{id}/confirm")
    String confirm(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return step(redirect, id, "finding.confirmed", () -> findings.confirm(actor, id, text));
    }

    @PostMapping("/findings/{id}/return")
    String sendBack(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return step(redirect, id, "finding.returned", () -> findings.sendBack(actor, id, text));
    }

    private static String step(RedirectAttributes redirect, long id, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
            redirect.addFlashAttribute("errorArgs", refused.arguments());
        }
        return "redirect:/findings/" + id;
    }

    @GetMapping("/findings/{id}/evidence/{evidence}")
    ResponseEntity<byte[]> evidence(Actor actor, @PathVariable long id, @PathVariable long evidence) {
        FindingWorkflow.Evidence document = findings.openEvidence(actor, id, evidence);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(document.content());
    }

    /** The form as posted: the union, title, note, the records (one reference a line or field), and the hit. */
    public static class FindingForm {
        private Long unionId;
        private String title;
        private String note;
        private List<String> records = new ArrayList<>();
        private Long runId;
        private AnomalyRule rule;
        private String hitKey;

        List<RecordRef> recordRefs() {
            Set<RecordRef> refs = new LinkedHashSet<>();
            for (String text : records) {
                for (String line : text.split("[\\s,，]+")) {
                    if (!line.isBlank()) {
                        refs.add(RecordRef.parse(line.strip()));
                    }
                }
            }
            return List.copyOf(refs);
        }

        public Long getUnionId() {
            return unionId;
        }

        public void setUnionId(Long unionId) {
            this.unionId = unionId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public List<String> getRecords() {
            return records;
        }

        public void setRecords(List<String> records) {
            this.records = records == null ? new ArrayList<>() : new ArrayList<>(records);
        }

        public Long getRunId() {
            return runId;
        }

        public void setRunId(Long runId) {
            this.runId = runId;
        }

        public AnomalyRule getRule() {
            return rule;
        }

        public void setRule(AnomalyRule rule) {
            this.rule = rule;
        }

        public String getHitKey() {
            return hitKey;
        }

        public void setHitKey(String hitKey) {
            this.hitKey = hitKey;
        }
    }
}
