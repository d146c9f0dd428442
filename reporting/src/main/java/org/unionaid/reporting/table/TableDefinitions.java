package org.unionaid.reporting.table;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The statistics tables (DOMAIN §8) as data: each form — 送温暖活动情况统计表 ({@link #WARMTH}) and 帮扶中心工作统计表
 * ({@link #CENTRE}) — in every layout it has had, each layout in force from its year (R-STAT-08). A period uses, for
 * each of its forms, the layout in force for the period's year when it is defined; a submitted version names the
 * layout it was frozen in. Code refers to forms, never to a year's layout: a new layout is a new entry in
 * {@link WarmthLayouts} or {@link CentreLayouts}, and the page, the PDF and the workbook follow it.
 */
@Component
public class TableDefinitions {

    /** The 送温暖活动情况统计表, whatever its year's layout. */
    public static final String WARMTH = "WARMTH";

    /** The 帮扶中心工作统计表, whatever its year's layout. */
    public static final String CENTRE = "CENTRE";

    private final List<TableDefinition> definitions = List.of(WarmthLayouts.first(), WarmthLayouts.everyGroup(),
            CentreLayouts.first(), CentreLayouts.withUpdates());

    public List<TableDefinition> all() {
        return definitions;
    }

    /** The forms, in the order a union reports them. */
    public List<String> forms() {
        return definitions.stream().map(TableDefinition::form).distinct().toList();
    }

    /** A layout by its code, e.g. the one a version was submitted in. */
    public Optional<TableDefinition> find(String code) {
        return definitions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The layout of {@code form} in force in {@code year}: the latest from that year or before, else the first. */
    public Optional<TableDefinition> inForce(String form, int year) {
        List<TableDefinition> layouts = definitions.stream().filter(d -> d.form().equals(form))
                .sorted(Comparator.comparingInt(TableDefinition::year)).toList();
        return layouts.stream().filter(d -> d.year() <= year).reduce((earlier, later) -> later)
                .or(() -> layouts.stream().findFirst());
    }
}
