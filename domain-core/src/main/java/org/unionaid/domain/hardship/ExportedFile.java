package org.unionaid.domain.hardship;

import java.time.LocalDate;
import java.util.Set;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.Gender;

/**
 * One file as an export writes it. ID and card numbers are masked unless the exporter may reveal
 * personal data; the phone goes out only then, and so does the birth date: beside a masked number it would
 * give the number back, so a masked export carries the age instead (R-PRIV-01). {@code birthDate} is
 * {@code null} in a masked export.
 */
public record ExportedFile(long id, String workerName, String workerId, Gender gender, LocalDate birthDate, int age,
        String unionName, FileStatus status, HardshipCategory category, HardshipCause mainCause,
        Set<HardshipCause> causes, Set<Need> needs, FileLevel level, int householdSize, Money yearlyIncome,
        Money monthlyPerHead, Bank bank, String bankCard, String phone, LocalDate appliedOn) {
}
