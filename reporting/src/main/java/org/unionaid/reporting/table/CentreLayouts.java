package org.unionaid.reporting.table;

import static org.unionaid.reporting.table.CellSource.manual;
import static org.unionaid.reporting.table.CellSource.measure;

import java.util.ArrayList;
import java.util.List;

/** The layouts of the 帮扶中心工作统计表 ({@link TableDefinitions#CENTRE}), each as the form prints it. */
final class CentreLayouts {

    private static final String TITLE = "帮扶中心工作统计表";

    private CentreLayouts() {
    }

    /** The first layout: files at start, opened, exited and at end; assistance by purpose. */
    static TableDefinition first() {
        return new TableDefinition(TableDefinitions.CENTRE + "-2026", TableDefinitions.CENTRE, 2026, TITLE,
                List.of(files(false), assisted()));
    }

    /** The files updated in the period (revised or re-verified: 动态管理, seeds 001, 002) get a row of their own. */
    static TableDefinition withUpdates() {
        return new TableDefinition(TableDefinitions.CENTRE + "-2027", TableDefinitions.CENTRE, 2027, TITLE,
                List.of(files(true), assisted()));
    }

    private static Section files(boolean updates) {
        List<Column> categories = List.of(
                Column.grouped("建档困难职工", "total", "合计", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "deep", "深度困难", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "relative", "相对困难", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "accident", "意外致困", "户", CellKind.COUNT));
        List<Row> rows = new ArrayList<>(List.of(files("start", "期初在档", "files.start"),
                files("opened", "本期新建档", "files.opened"), files("exited", "本期脱困", "files.exited")));
        if (updates) {
            rows.add(files("updated", "本期更新档案", "files.updated"));
        }
        rows.add(files("end", "期末在档", "files.end"));
        return new Section("files", "一、建档立卡", categories, rows);
    }

    private static Section assisted() {
        return new Section("assisted", "二、帮扶情况",
                List.of(Column.of("people", "人数", "人", CellKind.COUNT), Column.of("amount", "金额", "元", CellKind.AMOUNT)),
                List.of(assisted("living", "生活救助", "LIVING"), assisted("medical", "医疗救助", "MEDICAL"),
                        assisted("education", "助学", "EDUCATION"), assisted("employment", "就业帮扶", "EMPLOYMENT"),
                        Row.of("legal", "法律援助").cell("people", manual("法律援助人数，按法律援助中心台账填写")).build()));
    }

    private static Row files(String key, String label, String measure) {
        return Row.of(key, label).cell("total", measure(measure, "*")).cell("deep", measure(measure, "DEEP"))
                .cell("relative", measure(measure, "RELATIVE")).cell("accident", measure(measure, "ACCIDENT")).build();
    }

    private static Row assisted(String key, String label, String purpose) {
        return Row.of(key, label).cell("people", measure("paid.households", "*", "*", purpose))
                .cell("amount", measure("paid.amount", "*", "*", purpose)).build();
    }
}
