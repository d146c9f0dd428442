package org.unionaid.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableDefinitionsTest {

    private final TableDefinitions definitions = new TableDefinitions();

    @Test
    void bothTablesAreModestFormsWithAFewManualCells() {
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH).orElseThrow();
        TableDefinition centre = definitions.find(TableDefinitions.CENTRE).orElseThrow();

        assertThat(warmth.cells()).hasSize(31);
        assertThat(warmth.manualKeys()).containsExactly("others.frontline.amount", "others.models.people",
                "others.models.amount", "others.leaders.people");
        assertThat(centre.cells()).hasSize(25);
        assertThat(centre.manualKeys()).containsExactly("assisted.legal.people");
        assertThat(warmth.cells().get("helped.deep.cashAmount").kind()).isEqualTo(CellKind.AMOUNT);
    }

    @Test
    void aCellIsNamedBySectionRowMergedHeaderAndColumnSoThatTwoLikeColumnsDiffer() {
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH).orElseThrow();

        assertThat(warmth.label("helped.total.cashHouseholds")).isEqualTo("二、慰问困难职工 · 合计 · 资金慰问 · 户数（户）");
        assertThat(warmth.label("helped.total.goodsHouseholds")).isEqualTo("二、慰问困难职工 · 合计 · 实物慰问 · 户数（户）");
        assertThat(warmth.label("raised.total.amount")).isEqualTo("一、筹集资金 · 合计 · 金额（元）");
        assertThat(warmth.label("no.such.cell")).isEqualTo("no.such.cell");
    }

    @Test
    void aListedArgumentAddsItsFactsAndAnAbsentFactIsZero() {
        MeasureFacts facts = new MeasureFacts(Map.of(
                MeasureFacts.key("received", List.of("CENTRAL_SPECIAL")), new BigDecimal("100.00"),
                MeasureFacts.key("received", List.of("LOCAL_FINANCE")), new BigDecimal("20.50")));

        assertThat(facts.value(new CellSource.Measure("received", List.of("CENTRAL_SPECIAL,PROVINCIAL_SPECIAL,LOCAL_FINANCE"))))
                .isEqualByComparingTo("120.50");
        assertThat(facts.value(new CellSource.Measure("received", List.of("UNIT_DONATION")))).isEqualByComparingTo("0");
    }

    @Test
    void aRowNamingAnUnknownColumnIsRefused() {
        assertThatThrownBy(() -> new Section("s", "一", List.of(Column.of("a", "甲", "元", CellKind.AMOUNT)),
                List.of(Row.of("r", "行").cell("b", CellSource.manual("?")).build())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
