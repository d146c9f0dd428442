package org.unionaid.reporting.table;

import static org.unionaid.reporting.table.CellSource.manual;
import static org.unionaid.reporting.table.CellSource.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The statistics tables in use: 送温暖活动情况统计表 and 帮扶中心工作统计表 (DOMAIN §8). Labels are the
 * official wording of the forms; the measures are those of {@link MeasureFacts}.
 */
@Component
public class TableDefinitions {

    public static final String WARMTH = "WARMTH_2027";
    public static final String CENTRE = "CENTRE_2027";

    private static final String FINANCE = "CENTRAL_SPECIAL,PROVINCIAL_SPECIAL,LOCAL_FINANCE";
    private static final String UNION_MONEY = "OWN_UNION_FUNDS,PARTY_DUES";

    private final List<TableDefinition> definitions = List.of(warmth(), centre());

    public List<TableDefinition> all() {
        return definitions;
    }

    public Optional<TableDefinition> find(String code) {
        return definitions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    static TableDefinition warmth() {
        Section raised = new Section("raised", "一、筹集资金", List.of(Column.of("amount", "金额", "元", CellKind.AMOUNT)),
                List.of(raised("total", "合计", "*"), raised("finance", "其中：财政资金", FINANCE),
                        raised("union", "工会经费（含党费）", UNION_MONEY), raised("unit", "单位捐赠", "UNIT_DONATION"),
                        raised("person", "个人捐款", "PERSONAL_DONATION"), raised("social", "社会捐助", "SOCIAL_DONATION")));
        List<Column> helpedColumns = List.of(
                Column.grouped("资金慰问", "cashHouseholds", "户数", "户", CellKind.COUNT),
                Column.grouped("资金慰问", "cashAmount", "金额", "元", CellKind.AMOUNT),
                Column.grouped("实物慰问", "goodsHouseholds", "户数", "户", CellKind.COUNT),
                Column.grouped("实物慰问", "goodsValue", "折款", "元", CellKind.AMOUNT),
                Column.of("visited", "走访户数", "户", CellKind.COUNT));
        Section helped = new Section("helped", "二、慰问困难职工", helpedColumns,
                List.of(helped("total", "合计", "*"), helped("deep", "其中：深度困难", "DEEP"),
                        helped("relative", "相对困难", "RELATIVE"), helped("accident", "意外致困", "ACCIDENT")));
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
        return new TableDefinition(WARMTH, "送温暖活动情况统计表", List.of(raised, helped, others));
    }

    static TableDefinition centre() {
        List<Column> categories = List.of(
                Column.grouped("建档困难职工", "total", "合计", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "deep", "深度困难", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "relative", "相对困难", "户", CellKind.COUNT),
                Column.grouped("建档困难职工", "accident", "意外致困", "户", CellKind.COUNT));
        Section files = new Section("files", "一、建档立卡", categories,
                List.of(files("start", "期初在档", "files.start"), files("opened", "本期新建档", "files.opened"),
                        files("exited", "本期脱困", "files.exited"), files("end", "期末在档", "files.end")));
        Section assisted = new Section("assisted", "二、帮扶情况",
                List.of(Column.of("people", "人数", "人", CellKind.COUNT), Column.of("amount", "金额", "元", CellKind.AMOUNT)),
                List.of(assisted("living", "生活救助", "LIVING"), assisted("medical", "医疗救助", "MEDICAL"),
                        assisted("education", "助学", "EDUCATION"), assisted("employment", "就业帮扶", "EMPLOYMENT"),
                        Row.of("legal", "法律援助").cell("people", manual("法律援助人数，按法律援助中心台账填写")).build()));
        return new TableDefinition(CENTRE, "帮扶中心工作统计表", List.of(files, assisted));
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

    private static Row files(String key, String label, String measure) {
        return Row.of(key, label).cell("total", measure(measure, "*")).cell("deep", measure(measure, "DEEP"))
                .cell("relative", measure(measure, "RELATIVE")).cell("accident", measure(measure, "ACCIDENT")).build();
    }

    private static Row assisted(String key, String label, String purpose) {
        return Row.of(key, label).cell("people", measure("paid.households", "*", "*", purpose))
                .cell("amount", measure("paid.amount", "*", "*", purpose)).build();
    }
}
