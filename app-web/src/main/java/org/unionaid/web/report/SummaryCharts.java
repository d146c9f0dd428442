package org.unionaid.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.reporting.statistics.ReportCell;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.Row;
import org.unionaid.reporting.table.Section;

/**
 * ECharts options for the summary page, built from a table's figures. Names come from the form itself
 * (row labels), so a new year's layout relabels the charts too. The page hands each option to
 * {@code /js/charts.js} in a data attribute: no inline script under the content security policy.
 */
@Component
class SummaryCharts {

    private final MessageSource messages;

    SummaryCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Money raised by source: the rows of 一、筹集资金 below the total, as a ring. */
    Map<String, Object> moneyBySource(ReportTable table) {
        Section raised = section(table, "raised");
        List<Map<String, Object>> slices = new ArrayList<>();
        for (Row row : raised.rows()) {
            if (!row.key().equals("total")) {
                slices.add(Map.of("name", row.label().replace("其中：", ""),
                        "value", figure(table, "raised." + row.key() + ".amount")));
            }
        }
        return Map.of("tooltip", Map.of("trigger", "item", "valueFormatter", "yuan"),
                "legend", Map.of("bottom", 0),
                // The ring a little above the middle and starting on the left, so that a source that is the whole
                // (its label at the slice's middle angle) labels it on the right, clear of the legend below; the
                // labels of empty sources, all at one point, are not drawn.
                "series", List.of(Map.of("type", "pie", "radius", List.of("38%", "64%"), "center", List.of("50%", "45%"),
                        "startAngle", 180, "minShowLabelAngle", 1, "data", slices,
                        "label", Map.of("formatter", "{b}\n{d}%"))));
    }

    /** Households helped by category: money, goods and visits side by side for each category row. */
    Map<String, Object> householdsByCategory(ReportTable table) {
        Section helped = section(table, "helped");
        List<String> categories = new ArrayList<>();
        List<BigDecimal> cash = new ArrayList<>();
        List<BigDecimal> goods = new ArrayList<>();
        List<BigDecimal> visited = new ArrayList<>();
        for (Row row : helped.rows()) {
            if (!row.key().equals("total")) {
                categories.add(row.label().replace("其中：", ""));
                cash.add(figure(table, "helped." + row.key() + ".cashHouseholds"));
                goods.add(figure(table, "helped." + row.key() + ".goodsHouseholds"));
                visited.add(figure(table, "helped." + row.key() + ".visited"));
            }
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(bar(message("report.chart.cashHouseholds"), cash),
                        bar(message("report.chart.goodsHouseholds"), goods),
                        bar(message("report.chart.visitedHouseholds"), visited)));
    }

    /** People helped by name in each group (劳模, 一线职工, …), if anyone was: the rows of 三、慰问其他对象. */
    Optional<Map<String, Object>> namedGroups(ReportTable table) {
        Section named = section(table, "named");
        List<String> groups = new ArrayList<>();
        List<BigDecimal> people = new ArrayList<>();
        for (Row row : named.rows()) {
            if (row.cells().get("people") instanceof CellSource.Measure measure
                    && measure.name().equals("named.people")) {
                groups.add(row.label());
                people.add(figure(table, "named." + row.key() + ".people"));
            }
        }
        if (people.stream().allMatch(p -> p.signum() == 0)) {
            return Optional.empty();
        }
        return Optional.of(Map.of("tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 24),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", groups, "inverse", true),
                "series", List.of(bar(message("report.chart.namedPeople"), people))));
    }

    /** Visit coverage of each direct child that has submitted, in percent. */
    Map<String, Object> coverageByChild(List<ReportSummaryController.ChildRow> children) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (ReportSummaryController.ChildRow child : children) {
            names.add(child.report().unionName());
            values.add(child.coverage());
        }
        return Map.of("tooltip", Map.of("trigger", "axis", "valueFormatter", "percent"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 24),
                "xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true),
                "series", List.of(bar(message("report.chart.coverage"), values)));
    }

    /** This period against the one a year before (the same top union's): money raised and paid. */
    Map<String, Object> yearOnYear(ReportTable thisYear, ReportTable lastYear) {
        List<String> cells = List.of("raised.total.amount", "helped.total.cashAmount", "helped.total.goodsValue");
        List<String> names = List.of(message("report.chart.raised"), message("report.chart.cashAmount"),
                message("report.chart.goodsValue"));
        return Map.of("tooltip", Map.of("trigger", "axis", "valueFormatter", "yuan"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value"),
                "series", List.of(bar(lastYear.period().name(), cells.stream().map(c -> figure(lastYear, c)).toList()),
                        bar(thisYear.period().name(), cells.stream().map(c -> figure(thisYear, c)).toList())));
    }

    private static Map<String, Object> bar(String name, List<BigDecimal> values) {
        return Map.of("name", name, "type", "bar", "data", values);
    }

    private static Section section(ReportTable table, String key) {
        return table.definition().sections().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException(table.definition().code() + " has no section " + key));
    }

    private static BigDecimal figure(ReportTable table, String key) {
        ReportCell cell = table.cell(key);
        return cell == null ? BigDecimal.ZERO : cell.total();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
