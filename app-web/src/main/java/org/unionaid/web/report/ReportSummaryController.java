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
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.statistics.ChildReport;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.StatisticsReports;
import org.unionaid.reporting.table.TableDefinitions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewer's summary of a campaign for a higher-level union: its own 送温暖 figures as charts (money
 * by source, households by category, this year against last year), and each direct child's latest
 * submitted figures with its visit coverage, each row leading to the child's table (drill-down).
 */
@Controller
class ReportSummaryController {

    /** The figures each child row shows, by cell of the 送温暖 table. */
    static final List<String> CHILD_CELLS = List.of("raised.total.amount", "helped.total.cashHouseholds",
            "helped.total.cashAmount", "helped.total.goodsValue", "helped.total.visited");

    private static final List<String> CATEGORY_CELLS = List.of("helped.total.cashHouseholds",
            "helped.total.goodsHouseholds", "helped.total.visited");

    private static final String FILES_AT_END = "files.end.total";

    private final StatisticsReports reports;
    private final SummaryCharts charts;
    private final JsonMapper json;

    ReportSummaryController(StatisticsReports reports, SummaryCharts charts, JsonMapper json) {
        this.reports = reports;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/reports/{campaign}/summary")
    String summary(Actor actor, @PathVariable long campaign, Model model) {
        Campaign selected = reports.reportableCampaign(actor, campaign);
        List<Campaign> reportable = reports.reportableCampaigns(actor);
        ReportTable own = reports.view(actor, campaign, TableDefinitions.WARMTH, actor.organisationId());
        Optional<ReportTable> lastYear = reportable.stream()
                .filter(c -> c.organisationId() == selected.organisationId() && c.year() == selected.year() - 1)
                .findFirst().map(c -> reports.view(actor, c.id(), TableDefinitions.WARMTH, actor.organisationId()));
        List<ChildReport> board = reports.board(actor, campaign, TableDefinitions.WARMTH);
        Map<Long, Map<String, BigDecimal>> warmth = reports.childFigures(actor, campaign, TableDefinitions.WARMTH);
        Map<Long, Map<String, BigDecimal>> centre = reports.childFigures(actor, campaign, TableDefinitions.CENTRE);
        List<ChildRow> children = new ArrayList<>();
        for (ChildReport child : board) {
            Map<String, BigDecimal> figures = warmth.get(child.unionId());
            BigDecimal visited = figures == null ? null : figures.get("helped.total.visited");
            BigDecimal filesAtEnd = centre.getOrDefault(child.unionId(), Map.of()).get(FILES_AT_END);
            children.add(new ChildRow(child, figures, coverage(visited, filesAtEnd)));
        }
        model.addAttribute("campaign", selected);
        model.addAttribute("table", own);
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
