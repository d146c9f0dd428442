package org.unionaid.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.statistics.ChildReport;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.table.TableDefinitions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The summary of a period at any level (汇总与图表): a union's 送温暖 figures as charts (money by source, households by
 * category, visit coverage by child, this year against last year), and each direct child's latest submitted figures
 * with its coverage, each child leading to its own summary one level down (drill-down) and the trail leading back
 * up to the reader's union.
 */
@Controller
class ReportSummaryController {

    /** The figures each child row shows, by cell of the 送温暖 table. */
    static final List<String> CHILD_CELLS = List.of("raised.total.amount", "helped.total.cashHouseholds",
            "helped.total.cashAmount", "helped.total.goodsValue", "helped.total.visited");

    private static final List<String> CATEGORY_CELLS = List.of("helped.total.cashHouseholds",
            "helped.total.goodsHouseholds", "helped.total.visited");

    private static final String FILES_AT_END = "files.end.total";

    private final StatisticsReporting reports;
    private final ReportingPeriodAdministration periods;
    private final SummaryCharts charts;
    private final JsonMapper json;

    ReportSummaryController(StatisticsReporting reports, ReportingPeriodAdministration periods, SummaryCharts charts,
            JsonMapper json) {
        this.reports = reports;
        this.periods = periods;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/reports/{period}/summary")
    String summary(Actor actor, @PathVariable long period, @RequestParam(required = false) Long union, Model model) {
        ReportingPeriod selected = periods.view(actor, period);
        long shown = union == null ? actor.organisationId() : union;
        String warmth = TableDefinitions.WARMTH;
        ReportTable own = reports.view(actor, period, warmth, shown);
        Optional<ReportTable> lastYear = periods.previous(selected).filter(p -> p.layoutOf(warmth) != null)
                .map(p -> reports.view(actor, p.id(), warmth, shown));
        List<ChildReport> board = reports.board(actor, period, warmth, shown);
        Map<Long, Map<String, BigDecimal>> figures = reports.childFigures(actor, period, warmth, shown);
        Map<Long, Map<String, BigDecimal>> centre = selected.layoutOf(TableDefinitions.CENTRE) == null ? Map.of()
                : reports.childFigures(actor, period, TableDefinitions.CENTRE, shown);
        List<ChildRow> children = new ArrayList<>();
        for (ChildReport child : board) {
            Map<String, BigDecimal> submitted = figures.get(child.unionId());
            BigDecimal visited = submitted == null ? null : submitted.get("helped.total.visited");
            BigDecimal filesAtEnd = centre.getOrDefault(child.unionId(), Map.of()).get(FILES_AT_END);
            children.add(new ChildRow(child, submitted, coverage(visited, filesAtEnd)));
        }
        model.addAttribute("period", selected);
        model.addAttribute("table", own);
        model.addAttribute("trail", periods.trail(actor, own.union()));
        model.addAttribute("children", children);
        model.addAttribute("childCells", CHILD_CELLS);
        model.addAttribute("lastYear", lastYear.orElse(null));
        Map<String, Object> chartOptions = new LinkedHashMap<>();
        // A chart of nothing but zeros says less than a line of text: those charts are left out.
        if (own.cell("raised.total.amount").total().signum() > 0) {
            chartOptions.put("sources", charts.moneyBySource(own));
        }
        if (CATEGORY_CELLS.stream().anyMatch(key -> own.cell(key).total().signum() > 0)) {
            chartOptions.put("categories", charts.householdsByCategory(own));
        }
        if (own.definition().sections().stream().anyMatch(s -> s.key().equals("named"))
                && charts.namedGroups(own).isPresent()) {
            chartOptions.put("groups", charts.namedGroups(own).get());
        }
        if (children.stream().anyMatch(child -> child.coverage() != null)) {
            chartOptions.put("coverage", charts.coverageByChild(children));
        }
        lastYear.ifPresent(previous -> chartOptions.put("years", charts.yearOnYear(own, previous)));
        Map<String, String> serialised = new LinkedHashMap<>();
        chartOptions.forEach((name, option) -> serialised.put(name, json.writeValueAsString(option)));
        model.addAttribute("charts", serialised);
        return "reports/summary";
    }

    /** Visited households as a share of the households on file at the end of the period, in percent. */
    static BigDecimal coverage(BigDecimal visited, BigDecimal filesAtEnd) {
        if (visited == null || filesAtEnd == null || filesAtEnd.signum() == 0) {
            return null;
        }
        return visited.multiply(BigDecimal.valueOf(100)).divide(filesAtEnd, 1, RoundingMode.HALF_UP);
    }

    /** A direct child on the summary: its board entry, its latest submitted figures (or none), its coverage. */
    record ChildRow(ChildReport report, Map<String, BigDecimal> figures, BigDecimal coverage) {
    }
}
