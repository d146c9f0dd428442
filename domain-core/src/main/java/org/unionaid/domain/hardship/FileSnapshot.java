package org.unionaid.domain.hardship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.unionaid.domain.money.Money;

/**
 * What a file says, field by field, in the form its history compares: enum codes for coded values
 * (the page translates them), sets as sorted comma-separated codes, amounts as plain numbers, and
 * ID and card numbers as their masks. Household members are keyed by position:
 * {@code member.1.name}, {@code member.1.relation}, …
 */
public final class FileSnapshot {

    private FileSnapshot() {
    }

    public static Map<String, String> of(HardshipFile file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", code(file.getStatus()));
        fields.put("workerName", file.getWorkerName());
        fields.put("workerId", file.getWorkerId().masked());
        fields.put("appliedOn", Objects.toString(file.getAppliedOn(), null));
        WorkerDetails details = file.getWorkerDetails();
        fields.put("phone", details.getPhone());
        fields.put("ethnicity", details.getEthnicity());
        fields.put("householdRegister", code(details.getHouseholdRegister()));
        fields.put("migrantWorker", String.valueOf(details.isMigrantWorker()));
        fields.put("partyMember", String.valueOf(details.isPartyMember()));
        fields.put("employmentStatus", code(details.getEmploymentStatus()));
        fields.put("modelWorkerLevel", code(details.getModelWorkerLevel()));
        fields.put("disabilityGrade", Objects.toString(details.getDisabilityGrade(), null));
        fields.put("health", details.getHealth());
        fields.put("addressRegion", details.getAddressRegion());
        fields.put("address", details.getAddress());
        fields.put("unionMember", Objects.toString(details.getUnionMember(), null));
        fields.put("employedSince", Objects.toString(details.getEmployedSince(), null));
        List<HouseholdMember> members = file.getMembers();
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember member = members.get(i);
            String prefix = "member." + (i + 1) + ".";
            fields.put(prefix + "name", member.getName());
            fields.put(prefix + "relation", code(member.getRelation()));
            fields.put(prefix + "idNumber", member.getIdNumber().masked());
            fields.put(prefix + "health", member.getHealth());
            fields.put(prefix + "employment", code(member.getEmployment()));
            fields.put(prefix + "yearlyIncome", amount(member.getYearlyIncome()));
            fields.put(prefix + "school", code(member.getSchool()));
        }
        file.hardship().ifPresent(hardship -> {
            fields.put("causes", codes(hardship.causes()));
            fields.put("mainCause", code(hardship.mainCause()));
            fields.put("needs", codes(hardship.needs()));
            fields.put("level", code(hardship.level()));
        });
        fields.put("confirmedLevel", code(file.getConfirmedLevel()));
        Finances finances = file.finances();
        fields.put("yearlyIncome", amount(finances.yearlyIncome()));
        fields.put("rigidSpending", amount(finances.rigidSpending()));
        fields.put("accidentCosts", amount(finances.accidentCosts()));
        fields.put("exclusions", codes(finances.exclusions()));
        fields.put("monthlyPerHead", amount(file.getAssessment().getMonthlyPerHead()));
        fields.put("suggestedCategory", code(file.getSuggestedCategory()));
        fields.put("confirmedCategory", code(file.getConfirmedCategory()));
        fields.put("categoryAboveIncome", file.getCategoryDecision().isAboveIncome() ? "true" : null);
        fields.put("categoryConfirmation", file.getCategoryDecision().getConfirmation());
        fields.put("exitRejectedWindow", Objects.toString(file.getExitProposalRejection().getWindow(), null));
        fields.put("lastVerifiedOn", Objects.toString(file.getLastVerifiedOn(), null));
        fields.put("exitReason", code(file.getClosing().getExitReason()));
        fields.put("closingNote", file.getClosing().getClosingNote());
        fields.put("incomeCheckOn", Objects.toString(file.getIncomeCheck().getOn(), null));
        fields.put("incomeCheckResult", code(file.getIncomeCheck().getResult()));
        fields.put("incomeCheckReference", file.getIncomeCheck().getReference());
        BankAccount account = file.getBankAccount();
        fields.put("bank", account == null ? null : code(account.getBank()));
        fields.put("bankCard", account == null ? null : account.getCardMasked());
        fields.put("bankHolder", account == null ? null : account.getHolder());
        fields.values().removeIf(value -> value == null || value.isEmpty());
        return fields;
    }

    /** The fields whose values differ, in the order of {@code after} and then of fields that went away. */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(key, old, now));
            }
        }
        return changes;
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String amount(Money money) {
        return money == null ? null : money.toBigDecimal().toPlainString();
    }
}
