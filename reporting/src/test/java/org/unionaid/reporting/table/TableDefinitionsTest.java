package org.unionaid.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The tables as data. Specifies R-STAT-08: each layout carries its year and the form it is a layout of, a period's
 * year chooses the layout, and the code names no year anywhere but in the layouts themselves.
 */
class TableDefinitionsTest {

    private final TableDefinitions definitions = new TableDefinitions();

    @Test
    void bothTablesAreModestFormsWithAFewManualCells() {
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH + "-2026").orElseThrow();
        TableDefinition centre = definitions.find(TableDefinitions.CENTRE + "-2026").orElseThrow();

        assertThat(warmth.cells()).hasSize(31);
        assertThat(warmth.manualKeys()).containsExactly("others.frontline.amount", "others.models.people",
                "others.models.amount", "others.leaders.people");
        assertThat(centre.cells()).hasSize(25);
        assertThat(centre.manualKeys()).containsExactly("assisted.legal.people");
        assertThat(warmth.cells().get("helped.deep.cashAmount").kind()).isEqualTo(CellKind.AMOUNT);
    }

    // R-STAT-08
    @Test
    void aPeriodsYearChoosesTheLayoutInForceAndEveryLayoutIsOfItsForm() {
        assertThat(definitions.forms()).containsExactly(TableDefinitions.WARMTH, TableDefinitions.CENTRE);
        assertThat(definitions.inForce(TableDefinitions.WARMTH, 2026)).map(TableDefinition::code)
                .contains("WARMTH-2026");
        assertThat(definitions.inForce(TableDefinitions.WARMTH, 2027)).map(TableDefinition::code)
                .contains("WARMTH-2027");
        assertThat(definitions.inForce(TableDefinitions.WARMTH, 2031)).map(TableDefinition::code)
                .contains("WARMTH-2027");
        // before the first layout: the first one
        assertThat(definitions.inForce(TableDefinitions.CENTRE, 2020)).map(TableDefinition::code)
                .contains("CENTRE-2026");
        assertThat(definitions.all()).allSatisfy(d -> assertThat(d.code()).isEqualTo(d.form() + "-" + d.year()));
        assertThatThrownBy(() -> new TableDefinition("WARMTH-2030", TableDefinitions.CENTRE, 2030, "表", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLaterLayoutCountsEveryGroupTheNoticesName() {
        TableDefinition warmth = definitions.inForce(TableDefinitions.WARMTH, 2027).orElseThrow();
        TableDefinition centre = definitions.inForce(TableDefinitions.CENTRE, 2027).orElseThrow();

        assertThat(warmth.sections()).extracting(Section::title).containsExactly("一、筹集资金", "二、慰问困难职工（建档户）",
                "三、慰问其他对象", "四、慰问困难企业", "五、服务职工");
        assertThat(warmth.cells().keySet()).contains("named.migrant.people", "named.models.cash",
                "named.frontline.goods", "named.party.people", "enterprises.total.count", "enterprises.total.goods",
                "raised.matching.amount");
        assertThat(warmth.manualKeys()).containsExactly("named.posts.cash", "named.leaders.people",
                "services.employment.people", "services.medical.people", "services.legal.people",
                "services.wages.people", "services.home.people");
        assertThat(warmth.label("named.models.cash")).isEqualTo("三、慰问其他对象 · 劳动模范 · 资金慰问 · 金额（元）");
        assertThat(centre.cells().keySet()).contains("files.updated.total", "files.updated.deep");
    }

    @Test
    void aCellIsNamedBySectionRowMergedHeaderAndColumnSoThatTwoLikeColumnsDiffer() {
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH + "-2026").orElseThrow();

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
