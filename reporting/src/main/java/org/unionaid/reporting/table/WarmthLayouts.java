package org.unionaid.reporting.table;

import static org.unionaid.reporting.table.CellSource.manual;
import static org.unionaid.reporting.table.CellSource.measure;

import java.util.List;

/**
 * The layouts of the 送温暖活动情况统计表 ({@link TableDefinitions#WARMTH}), each as the form prints it. Labels are the
 * official wording; the measures are those of {@link Measures}.
 */
final class WarmthLayouts {

    private static final String TITLE = "送温暖活动情况统计表";
    private static final String FINANCE = "CENTRAL_SPECIAL,PROVINCIAL_SPECIAL,LOCAL_FINANCE";
    private static final String UNION_MONEY = "OWN_UNION_FUNDS,PARTY_DUES";

    private WarmthLayouts() {
    }

    /** The first layout: households of files, group visits, and model workers entered by hand. */
    static TableDefinition first() {
        Section others = new Section("others", "三、其他慰问",
                List.of(Column.of("people", "人数", "人次", CellKind.COUNT), Column.of("amount", "金额", "元", CellKind.AMOUNT)),
                List.of(Row.of("frontline", "慰问一线职工（送到岗位、工地）")
                                .cell("people", measure("group.people", "AT_POST,MEAL_AT_SITE"))
                                .cell("amount", manual("慰问一线职工的金额，按慰问品发放记录填写")).build(),
                        Row.of("models", "慰问劳动模范")
                                .cell("people", manual("劳模慰问人数，按劳模管理部门名单填写"))
                                .cell("amount", manual("劳模慰问金额")).build(),
                        Row.of("leaders", "领导走访")
                                .cell("people", manual("各级领导带队走访人次")).build()));
        return new TableDefinition(TableDefinitions.WARMTH + "-2026", TableDefinitions.WARMTH, 2026, TITLE,
                List.of(raised(false), helped("二、慰问困难职工"), others));
    }

    /**
     * Everything the notices count: named recipients by group (困难农民工, 劳模, 一线职工, 困难党员、老党员, seeds 000 and
     * 002) with money and goods at value, group visits at posts and sites, enterprises in difficulty, and the services
     * counted as people (就业服务, 医疗服务, 法律援助, 农民工工资清欠, 平安返乡).
     */
    static TableDefinition everyGroup() {
        List<Column> namedColumns = List.of(Column.of("people", "人数", "人", CellKind.COUNT),
                Column.grouped("资金慰问", "cash", "金额", "元", CellKind.AMOUNT),
                Column.grouped("实物慰问", "goods", "折款", "元", CellKind.AMOUNT));
        Section named = new Section("named", "三、慰问其他对象", namedColumns,
                List.of(named("migrant", "困难农民工", "MIGRANT_WORKER"), named("models", "劳动模范", "MODEL_WORKER"),
                        named("frontline", "一线职工（点对点慰问）", "FRONTLINE_WORKER"),
                        named("party", "困难党员、老党员", "PARTY_MEMBER"),
                        Row.of("posts", "送温暖到岗位、工地（人次）")
                                .cell("people", measure("group.people", "AT_POST,MEAL_AT_SITE"))
                                .cell("cash", manual("到岗位、工地慰问的金额，按慰问品发放记录填写")).build(),
                        Row.of("leaders", "领导带队走访（人次）")
                                .cell("people", manual("各级领导带队走访人次")).build()));
        Section enterprises = new Section("enterprises", "四、慰问困难企业",
                List.of(Column.of("count", "家数", "家", CellKind.COUNT),
                        Column.of("cash", "慰问金", "元", CellKind.AMOUNT),
                        Column.of("goods", "物品折款", "元", CellKind.AMOUNT)),
                List.of(Row.of("total", "困难企业").cell("count", measure("enterprise.count"))
                        .cell("cash", measure("enterprise.cash")).cell("goods", measure("enterprise.goods")).build()));
        Section services = new Section("services", "五、服务职工",
                List.of(Column.of("people", "人数", "人次", CellKind.COUNT)),
                List.of(service("employment", "就业服务", "就业服务人次，按职业介绍、技能培训台账填写"),
                        service("medical", "医疗服务", "医疗服务人次，按义诊、体检、医疗互助台账填写"),
                        service("legal", "法律援助", "法律援助人次，按法律援助中心台账填写"),
                        service("wages", "农民工工资清欠", "帮助农民工追讨欠薪人数，按清欠台账填写"),
                        service("home", "平安返乡", "组织、资助农民工平安返乡人数，按返乡台账填写")));
        return new TableDefinition(TableDefinitions.WARMTH + "-2027", TableDefinitions.WARMTH, 2027, TITLE,
                List.of(raised(true), helped("二、慰问困难职工（建档户）"), named, enterprises, services));
    }

    /** 一、筹集资金; matching money counts under its origin (R-MATCH-04) and, in the later layout, has its own row. */
    private static Section raised(boolean matchingRow) {
        List<Row> rows = new java.util.ArrayList<>(List.of(raised("total", "合计", "*"),
                raised("finance", "其中：财政资金", FINANCE), raised("union", "工会经费（含党费）", UNION_MONEY),
                raised("unit", "单位捐赠", "UNIT_DONATION"), raised("person", "个人捐款", "PERSONAL_DONATION"),
                raised("social", "社会捐助", "SOCIAL_DONATION")));
        if (matchingRow) {
            rows.add(raised("matching", "其他配套资金", "MATCHING"));
        }
        return new Section("raised", "一、筹集资金", List.of(Column.of("amount", "金额", "元", CellKind.AMOUNT)), rows);
    }

    private static Section helped(String title) {
        List<Column> columns = List.of(
                Column.grouped("资金慰问", "cashHouseholds", "户数", "户", CellKind.COUNT),
                Column.grouped("资金慰问", "cashAmount", "金额", "元", CellKind.AMOUNT),
                Column.grouped("实物慰问", "goodsHouseholds", "户数", "户", CellKind.COUNT),
                Column.grouped("实物慰问", "goodsValue", "折款", "元", CellKind.AMOUNT),
                Column.of("visited", "走访户数", "户", CellKind.COUNT));
        return new Section("helped", title, columns,
                List.of(helped("total", "合计", "*"), helped("deep", "其中：深度困难", "DEEP"),
                        helped("relative", "相对困难", "RELATIVE"), helped("accident", "意外致困", "ACCIDENT")));
    }

    private static Row raised(String key, String label, String sources) {
        return Row.of(key, label).cell("amount", measure("received", sources)).build();
    }

    private static Row helped(String key, String label, String category) {
        return Row.of(key, label)
                .cell("cashHouseholds", measure("paid.households", "MONEY", category, "*"))
                .cell("cashAmount", measure("paid.amount", "MONEY", category, "*"))
                .cell("goodsHouseholds", measure("paid.households", "GOODS", category, "*"))
                .cell("goodsValue", measure("paid.amount", "GOODS", category, "*"))
                .cell("visited", measure("visited.households", category)).build();
    }

    /** People of a group paid by name, and what they received as money and as goods at value. */
    private static Row named(String key, String label, String group) {
        return Row.of(key, label).cell("people", measure("named.people", group, "*"))
                .cell("cash", measure("named.amount", group, "MONEY"))
                .cell("goods", measure("named.amount", group, "GOODS")).build();
    }

    private static Row service(String key, String label, String hint) {
        return Row.of(key, label).cell("people", manual(hint)).build();
    }
}
