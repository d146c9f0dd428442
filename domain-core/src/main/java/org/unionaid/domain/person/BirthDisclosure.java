package org.unionaid.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * R-PRIV-01 — nothing a masked page lets anyone rebuild. A resident ID is shown masked as its first six and last
 * four characters (domain.md §11.2), and what the mask hides is exactly the eight digits of the birth date: a full
 * birth date beside a masked number gives the whole number back, with no reveal, no reason and no audit entry.
 * So a page, list, export, notice or roster shows the age beside a masked number, and the birth date only where
 * it shows the full number (to a holder of the reveal permission, who is audited for it).
 */
public final class BirthDisclosure {

    private BirthDisclosure() {
    }

    /** Whole years lived on {@code today}: what a masked page shows instead of the birth date. */
    public static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** The birth date to show beside a number: only when that number is shown in full. */
    public static Optional<LocalDate> besideNumber(LocalDate birthDate, boolean numberInClear) {
        return numberInClear ? Optional.ofNullable(birthDate) : Optional.empty();
    }
}
