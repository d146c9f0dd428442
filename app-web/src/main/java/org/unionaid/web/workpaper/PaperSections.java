package org.unionaid.web.workpaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.anomaly.RuleResult;
import org.unionaid.domain.finding.FindingStep;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.trace.DocumentLabel;
import org.unionaid.domain.workpaper.WorkingPaper;
import org.unionaid.web.anomaly.EvidenceFormat;
import org.unionaid.web.shared.DisplayFormats;
import org.unionaid.web.trace.RecordLinks;

/**
 * A working paper as sections of text rows, in the reader's language: the same rows go into the Excel workbook
 * and the PDF, so the two cannot say different things.
 */
@Component
class PaperSections {

    /** One section: its title, column headers and rows of text. */
    record Section(String title, List<String> headers, List<List<String>> rows) {
    }

    private final MessageSource messages;
    private final EvidenceFormat evidence;
    private final RecordLinks records;
    private final DisplayFormats formats;

    PaperSections(MessageSource messages, EvidenceFormat evidence, RecordLinks records, DisplayFormats formats) {
        this.messages = messages;
        this.evidence = evidence;
        this.records = records;
        this.formats = formats;
    }

    List<Section> of(WorkingPaper paper, Locale locale) {
        List<Section> sections = new ArrayList<>();
        sections.add(summary(paper, locale));
        sections.add(new Section(m("paper.rules", locale), List.of(m("desk.rule.id", locale), m("desk.rule.name", locale),
                m("desk.rule.version", locale), m("desk.rule.hits", locale), m("desk.rule.dismissed", locale)),
                paper.results().stream().map(r -> rule(r, locale)).toList()));
        var labels = records.labels(paper.hits().stream().flatMap(h -> h.records().stream()).distinct().toList());
        sections.add(new Section(m("paper.hits", locale), List.of(m("desk.rule.id", locale), m("desk.hit.union", locale),
                m("desk.hit.records", locale), m("desk.hit.evidence", locale), m("desk.hit.state", locale)),
                paper.hits().stream().map(h -> hit(h, labels, locale)).toList()));
        sections.add(new Section(m("paper.findings", locale), List.of(m("finding.number.short", locale),
                m("finding.title", locale), m("finding.union", locale), m("finding.raisedBy", locale),
                m("finding.status", locale), m("finding.steps", locale)),
                paper.findings().stream().map(f -> finding(f, locale)).toList()));
        sections.add(new Section(m("paper.chains", locale), List.of(m("ledger.union", locale),
                m("paper.chain.postings", locale), m("paper.chain.head", locale), m("paper.chain.result", locale)),
                paper.chains().stream().map(c -> chain(c, locale)).toList()));
        return sections;
    }

    private Section summary(WorkingPaper paper, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m("paper.auditor", locale), paper.auditorName() + "（" + paper.auditorLogin() + "）"));
        rows.add(List.of(m("paper.scope", locale), paper.scopeUnionName()));
        rows.add(List.of(m("paper.madeAt", locale), formats.dateTime(paper.madeAt())));
        AnomalyRun run = paper.run();
        if (run == null) {
            rows.add(List.of(m("paper.run", locale), m("desk.noRun", locale)));
        } else {
            rows.add(List.of(m("paper.run", locale), messages.getMessage("desk.run.about", new Object[] {
                    run.scopeUnionName(), formats.dateTime(run.startedAt()), run.asOf().toString()}, locale)
                    + " " + (run.nightly() ? m("desk.run.nightly", locale)
                            : messages.getMessage("desk.run.by", new Object[] {run.startedByName()}, locale))));
            run.settings().values().forEach((threshold, value) -> rows.add(List.of(
                    m("audit.threshold." + threshold, locale), value.toPlainString())));
        }
        return new Section(m("paper.summary", locale), List.of(m("paper.item", locale), m("paper.value", locale)), rows);
    }

    private List<String> rule(RuleResult r, Locale locale) {
        return List.of(r.rule().ruleId(), m("anomaly.rule." + r.rule(), locale), String.valueOf(r.version()),
                String.valueOf(r.visibleHits() - r.dismissedHits()), String.valueOf(r.dismissedHits()));
    }

    private List<String> hit(Hit h, java.util.Map<RecordRef, DocumentLabel> labels, Locale locale) {
        String found = h.records().stream().map(r -> records.text(r, labels)).collect(Collectors.joining("；"));
        String figures = h.evidence().entrySet().stream()
                .map(e -> evidence.label(e.getKey()) + "：" + evidence.value(e.getKey(), e.getValue()))
                .collect(Collectors.joining("；"));
        String state = h.dismissed() ? messages.getMessage("desk.hit.dismissedBy", new Object[] {
                h.dismissal().unionName(), h.dismissal().reason()}, locale) : m("paper.hit.open", locale);
        return List.of(h.rule().ruleId() + " " + m("anomaly.rule." + h.rule(), locale), h.unionName(), found, figures,
                state);
    }

    private List<String> finding(WorkingPaper.FindingWithSteps f, Locale locale) {
        String steps = f.steps().stream().map(s -> step(s, locale)).collect(Collectors.joining("\n"));
        return List.of(String.valueOf(f.finding().id()), f.finding().title() + "\n" + f.finding().note(),
                f.finding().unionName(), f.finding().raisedByName() + " " + formats.dateTime(f.finding().raisedAt()),
                m("finding.status." + f.finding().status(), locale), steps);
    }

    private String step(FindingStep s, Locale locale) {
        return formats.dateTime(s.takenAt()) + " " + s.takenByName() + " " + m("finding.step." + s.kind(), locale)
                + "：" + s.text();
    }

    private List<String> chain(WorkingPaper.ChainCheck c, Locale locale) {
        ChainReport report = c.report();
        String result = report.intact() ? m("paper.chain.intact", locale)
                : messages.getMessage("ledger.verify.broken", new Object[] {report.firstBreak().chainSeq(),
                        m("ledger.chainProblem." + report.firstBreak().problem(), locale)}, locale);
        return List.of(c.head().unionName(), String.valueOf(report.postingsVerified()),
                c.head().lastSeq() + " / " + c.head().lastHash(), result);
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
