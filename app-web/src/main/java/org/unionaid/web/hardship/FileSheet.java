package org.unionaid.web.hardship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.reporting.sheet.SheetColumn;
import org.unionaid.reporting.sheet.SheetReader;

/**
 * The spreadsheet form of a hardship file — the import template, the import and the export share
 * it: its columns (Chinese headers, the first of each column's accepted texts), and its coded
 * values written as people read them (本人患重病, not SERIOUS_ILLNESS_SELF), read back from the
 * label in either language or the code itself.
 */
@Component
public class FileSheet {

    /** Household members a row can hold; a larger household is completed on the file page. */
    static final int MEMBER_COLUMNS = 4;

    /** Several values in one cell (causes, needs, exclusions) are separated by any of these. */
    static final String LIST_SEPARATORS = "[、,，;；/\\s]+";

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");

    private final MessageSource messages;
    private final List<SheetColumn> columns;
    private final Map<Class<?>, Map<String, Enum<?>>> codeBooks = new HashMap<>();
    private final Map<Class<?>, String> prefixes = new HashMap<>();

    FileSheet(MessageSource messages) {
        this.messages = messages;
        List<SheetColumn> all = new ArrayList<>(List.of(
                column("union", true, "所在基层工会", "基层工会", "工会"),
                column("workerName", true, "职工姓名", "姓名"),
                column("workerIdNumber", true, "身份证号码", "身份证号", "公民身份号码"),
                column("appliedOn", false, "申请日期"),
                column("phone", false, "联系电话", "电话", "手机号码"),
                column("ethnicity", false, "民族"),
                column("householdRegister", false, "户籍"),
                column("migrantWorker", false, "农民工"),
                column("partyMember", false, "中共党员", "党员"),
                column("unionMember", false, "工会会员", "是否工会会员"),
                column("employedSince", false, "劳动关系起始日期", "入职日期"),
                column("employmentStatus", false, "就业状况"),
                column("modelWorkerLevel", false, "劳模"),
                column("disabilityGrade", false, "残疾等级"),
                column("health", false, "健康状况"),
                column("addressRegion", false, "住址区划代码", "行政区划代码"),
                column("address", false, "家庭住址", "住址"),
                column("causes", true, "致困原因"),
                column("mainCause", true, "主要致困原因"),
                column("needs", true, "帮扶需求"),
                column("level", true, "档案级别"),
                column("yearlyIncome", false, "家庭年可支配收入", "家庭年收入"),
                column("rigidSpending", false, "刚性支出"),
                column("accidentCosts", false, "意外自负支出"),
                column("exclusions", false, "排除情形"),
                column("bank", false, "开户银行"),
                column("bankCardNumber", false, "银行卡号"),
                column("bankHolder", false, "持卡人")));
        for (int i = 1; i <= MEMBER_COLUMNS; i++) {
            all.add(column("member" + i + ".name", false, "成员" + i + "姓名"));
            all.add(column("member" + i + ".relation", false, "成员" + i + "关系"));
            all.add(column("member" + i + ".idNumber", false, "成员" + i + "身份证号码"));
            all.add(column("member" + i + ".school", false, "成员" + i + "在读学段"));
        }
        this.columns = List.copyOf(all);
        book(HouseholdRegister.class, "householdRegister");
        book(EmploymentStatus.class, "employment");
        book(ModelWorkerLevel.class, "modelWorker");
        book(HardshipCause.class, "cause");
        book(Need.class, "need");
        book(FileLevel.class, "level");
        book(ExclusionFlag.class, "exclusion");
        book(Bank.class, "bank");
        book(Relation.class, "relation");
        book(SchoolLevel.class, "school");
        book(HardshipCategory.class, "category");
    }

    private static SheetColumn column(String key, boolean required, String... headers) {
        return new SheetColumn(key, List.of(headers), required);
    }

    private <E extends Enum<E>> void book(Class<E> type, String prefix) {
        Map<String, Enum<?>> book = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            book.put(value.name(), value);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = SheetReader.normalise(messages.getMessage(prefix + "." + value.name(), null, value.name(), locale));
                book.putIfAbsent(label, value);
            }
        }
        codeBooks.put(type, book);
        prefixes.put(type, prefix);
    }

    /** The worker's name in the template's example row: a row still holding it is not imported. */
    public String exampleName() {
        return messages.getMessage("file.import.templateExample", null, Locale.SIMPLIFIED_CHINESE);
    }

    public List<SheetColumn> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(SheetColumn::name).toList();
    }

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The header of the column a problem is about: a use-case field or a column key. */
    public String headerOf(String field) {
        if (field == null) {
            return "";
        }
        // members[0].idNumber of the use case is the sheet's member1.idNumber: member groups are filled in order.
        Matcher member = MEMBER_FIELD.matcher(field);
        String key = member.matches() ? "member" + (Integer.parseInt(member.group(1)) + 1) + "." + member.group(2) : field;
        return columns.stream().filter(c -> c.key().equals(key)).map(SheetColumn::name).findFirst().orElse("");
    }

    /** The value a cell names, by its label (either language) or its code. */
    public <E extends Enum<E>> Optional<E> decode(Class<E> type, String text) {
        Enum<?> value = codeBooks.get(type).get(SheetReader.normalise(text));
        return Optional.ofNullable(type.cast(value));
    }

    /** The Chinese label the sheet writes for a coded value. */
    public String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return messages.getMessage(prefixes.get(value.getDeclaringClass()) + "." + value.name(), null, value.name(),
                Locale.SIMPLIFIED_CHINESE);
    }

    /** Every Chinese label of a coded type, for a drop-down list. */
    public List<String> labels(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(this::label).toList();
    }
}
