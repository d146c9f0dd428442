package org.unionaid.web.hardship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ImportProblem;
import org.unionaid.domain.hardship.ImportRow;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetCell;
import org.unionaid.reporting.sheet.SheetReader;
import org.unionaid.reporting.sheet.SheetRow;

/**
 * Turns one sheet row into the entry a clerk would have typed into the form, collecting every
 * problem of its cells (a code nobody knows, an amount that is not one, an ID number Excel turned
 * into a number) instead of stopping at the first. The use case then checks the entry as it
 * checks the form.
 */
final class FileRowParser {

    private final FileSheet sheet;
    private final SheetRow row;
    private final List<ImportProblem> problems = new ArrayList<>();

    private FileRowParser(FileSheet sheet, SheetRow row) {
        this.sheet = sheet;
        this.row = row;
    }

    static ImportRow parse(FileSheet sheet, SheetRow row) {
        return new FileRowParser(sheet, row).parse();
    }

    private ImportRow parse() {
        String workerName = text("workerName");
        if (SheetReader.normalise(sheet.exampleName()).equals(workerName)) {
            problem("workerName", "file.import.exampleRow");
        }
        FileEntry.BankEntry bank = bank(workerName);
        Hardship hardship = hardship();
        WorkerDetails details = details();
        Finances finances = new Finances(amount("yearlyIncome"),
                Optional.ofNullable(amount("rigidSpending")).orElse(Money.ZERO),
                Optional.ofNullable(amount("accidentCosts")).orElse(Money.ZERO),
                codes(ExclusionFlag.class, "exclusions"));
        FileEntry entry = new FileEntry(0, workerName, idNumber("workerIdNumber"), members(), finances, bank,
                hardship, details, date("appliedOn"));
        return new ImportRow(row.rowNumber(), text("union"), entry, problems);
    }

    private List<FileEntry.MemberEntry> members() {
        List<FileEntry.MemberEntry> members = new ArrayList<>();
        boolean gap = false;
        for (int i = 1; i <= FileSheet.MEMBER_COLUMNS; i++) {
            String prefix = "member" + i + ".";
            String name = text(prefix + "name");
            String id = idNumber(prefix + "idNumber");
            Relation relation = code(Relation.class, prefix + "relation");
            if (name == null && id == null && relation == null) {
                gap = true;
                continue;
            }
            if (gap) {
                problem(prefix + "name", "file.import.memberGap");
            }
            members.add(new FileEntry.MemberEntry(name, relation, id, null, null, null,
                    code(SchoolLevel.class, prefix + "school"), null));
        }
        return members;
    }

    private Hardship hardship() {
        try {
            return new Hardship(codes(HardshipCause.class, "causes"), code(HardshipCause.class, "mainCause"),
                    codes(Need.class, "needs"), code(FileLevel.class, "level"));
        } catch (DomainException refusal) {
            problems.add(ImportProblem.of(row.rowNumber(), refusal.field(), refusal.messageKey(), refusal.arguments()));
            return null;
        }
    }

    private WorkerDetails details() {
        try {
            return new WorkerDetails(text("phone"), text("ethnicity"), code(HouseholdRegister.class, "householdRegister"),
                    yesNo("migrantWorker"), yesNo("partyMember"), code(EmploymentStatus.class, "employmentStatus"),
                    code(ModelWorkerLevel.class, "modelWorkerLevel"), whole("disabilityGrade"), text("health"),
                    text("addressRegion"), text("address"), unionMember(), date("employedSince"));
        } catch (DomainException refusal) {
            problems.add(ImportProblem.of(row.rowNumber(), refusal.field(), refusal.messageKey(), refusal.arguments()));
            return null;
        }
    }

    /** 工会会员: blank is not known (approval will ask), else yes or no like the other yes/no columns. */
    private Boolean unionMember() {
        return text("unionMember") == null ? null : yesNo("unionMember");
    }

    private FileEntry.BankEntry bank(String workerName) {
        Bank bank = code(Bank.class, "bank");
        SheetCell card = row.cell("bankCardNumber");
        String holder = text("bankHolder");
        if (bank == null && card.blank() && holder == null) {
            return null;
        }
        if (card.storedAsNumber()) {
            problem("bankCardNumber", "file.import.cardStoredAsNumber");
        }
        // The holder is the worker unless written otherwise: the use case refuses anyone else.
        return new FileEntry.BankEntry(bank, card.text(), holder == null ? workerName : holder);
    }

    private String text(String key) {
        return row.cell(key).text();
    }

    /**
     * An ID number as text. Excel stores a typed 18-digit number as a floating-point number, which
     * keeps 15 digits: such a cell is refused with that explanation, not a check-digit error.
     */
    private String idNumber(String key) {
        SheetCell cell = row.cell(key);
        if (cell.storedAsNumber() && !cell.blank()) {
            problem(key, "file.import.idStoredAsNumber");
        }
        return cell.text();
    }

    private Money amount(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Money.parse(key, text.replace(",", ""));
        } catch (DomainException refusal) {
            problem(key, refusal.messageKey(), refusal.arguments());
            return null;
        }
    }

    private Integer whole(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notWhole) {
            problem(key, "file.import.number");
            return null;
        }
    }

    private boolean yesNo(String key) {
        String text = text(key);
        if (text == null || text.equals("否") || text.equalsIgnoreCase("no") || text.equalsIgnoreCase("n")) {
            return false;
        }
        if (text.equals("是") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("y")) {
            return true;
        }
        problem(key, "file.import.yesNo");
        return false;
    }

    private LocalDate date(String key) {
        SheetCell cell = row.cell(key);
        if (cell.blank()) {
            return null;
        }
        Optional<LocalDate> date = cell.asDate();
        if (date.isEmpty()) {
            problem(key, "file.import.dateInvalid", cell.text());
        }
        return date.orElse(null);
    }

    private <E extends Enum<E>> E code(Class<E> type, String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        Optional<E> value = sheet.decode(type, text);
        if (value.isEmpty()) {
            problem(key, "file.import.codeUnknown", text);
        }
        return value.orElse(null);
    }

    private <E extends Enum<E>> Set<E> codes(Class<E> type, String key) {
        Set<E> values = EnumSet.noneOf(type);
        String text = text(key);
        if (text == null) {
            return values;
        }
        for (String part : text.split(FileSheet.LIST_SEPARATORS)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<E> value = sheet.decode(type, part);
            if (value.isPresent()) {
                values.add(value.get());
            } else {
                problem(key, "file.import.codeUnknown", part);
            }
        }
        return values;
    }

    private void problem(String key, String messageKey, Object... args) {
        problems.add(ImportProblem.of(row.rowNumber(), key, messageKey, args));
    }
}
