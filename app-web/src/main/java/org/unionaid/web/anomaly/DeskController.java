package org.unionaid.web.anomaly;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.ThresholdAdministration;
import org.unionaid.domain.finding.FindingWorkflow;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.PageLinks;
import org.unionaid.web.trace.RecordLinks;

/**
 * The auditor's desk (审计工作台): the latest run of the anomaly rules over the auditor's subtree with each rule's
 * hits, a run started on demand and followed while it runs, the hits of a rule with their evidence and records,
 * and one hit to dismiss with a reason or to raise as a finding.
 */
@Controller
@RequestMapping("/audit/desk")
class DeskController {

    static final int PAGE_SIZE = 50;

    private final AnomalyDetection runs;
    private final RunExecutor executor;
    private final RecordLinks records;
    private final FindingWorkflow findings;

    DeskController(AnomalyDetection runs, RunExecutor executor, RecordLinks records, FindingWorkflow findings) {
        this.runs = runs;
        this.executor = executor;
        this.records = records;
        this.findings = findings;
    }

    @GetMapping
    String desk(Actor actor, Model model) {
        Optional<AnomalyRun> latest = runs.latest(actor);
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("results", latest.map(run -> runs.results(actor, run.id())).orElse(List.of()));
        model.addAttribute("recent", runs.recent(actor));
        model.addAttribute("rules", runs.rules());
        model.addAttribute("mayChangeThresholds", ThresholdAdministration.mayChange(actor));
        return "audit/desk";
    }

    @PostMapping("/runs")
    String start(Actor actor) {
        AnomalyRun run = runs.start(actor);
        if (run.running()) {
            executor.submit(run.id()); // a run already taken by an executor is left to it (AnomalyDetection.execute)
        }
        return "redirect:/audit/desk/runs/" + run.id();
    }

    @GetMapping("/runs/{id}")
    String run(Actor actor, @PathVariable long id, Model model) {
        AnomalyRun run = runs.view(actor, id);
        model.addAttribute("run", run);
        model.addAttribute("results", run.running() ? List.of() : runs.results(actor, id));
        model.addAttribute("rules", runs.rules());
        return "audit/run";
    }

    /** The progress of a running run, polled by the run page; once it is over the page reloads itself. */
    @GetMapping("/runs/{id}/progress")
    String progress(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
        AnomalyRun run = runs.view(actor, id);
        if (!run.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "audit/run :: progress";
    }

    @GetMapping("/runs/{id}/hits")
    String hits(Actor actor, @PathVariable long id, @RequestParam(required = false) AnomalyRule rule,
            @RequestParam(defaultValue = "false") boolean dismissed, @RequestParam(defaultValue = "0") int page,
            Model model) {
        AnomalyRun run = runs.view(actor, id);
        Page<Hit> hits = runs.hits(actor, id, rule, dismissed, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("run", run);
        model.addAttribute("rule", rule);
        model.addAttribute("dismissed", dismissed);
        model.addAttribute("page", hits);
        model.addAttribute("labels", records.labels(hits.stream().flatMap(h -> h.records().stream()).toList()));
        model.addAttribute("raised", rule == null ? Map.of()
                : findings.raisedFromHits(actor, rule, hits.stream().map(Hit::key).toList()));
        model.addAttribute("filterQuery", PageLinks.filterQuery(Map.of("rule", rule == null ? "" : rule.name(),
                "dismissed", dismissed ? "true" : "")));
        return "audit/hits";
    }

    @GetMapping("/runs/{id}/hit")
    String hit(Actor actor, @PathVariable long id, @RequestParam AnomalyRule rule, @RequestParam String key,
            Model model) {
        Hit hit = runs.hit(actor, id, rule, key);
        model.addAttribute("run", runs.view(actor, id));
        model.addAttribute("hit", hit);
        model.addAttribute("labels", records.labels(hit.records()));
        model.addAttribute("finding", findings.raisedFromHits(actor, rule, List.of(key)).get(key));
        return "audit/hit";
    }

    @PostMapping("/runs/{id}/hit/dismiss")
    String dismiss(Actor actor, @PathVariable long id, @RequestParam AnomalyRule rule, @RequestParam String key,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            runs.dismiss(actor, id, rule, key, reason);
            redirect.addFlashAttribute("success", "anomaly.dismissed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        redirect.addAttribute("rule", rule);
        redirect.addAttribute("key", key);
        return "redirect:/audit/desk/runs/" + id + "/hit";
    }
}
