package org.unionaid.domain.hardship;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.shared.DomainException;

/**
 * The civil-affairs income check (民政部门收入核对) recorded on a file: the day it was made, what it found, the
 * reference of its reply, and when it was recorded. A later check replaces an earlier one; the history keeps
 * both.
 */
@Embeddable
public class IncomeCheck {

    private LocalDate incomeCheckOn;

    @Enumerated(EnumType.STRING)
    private IncomeCheckResult incomeCheckResult;

    private String incomeCheckReference;

    private Instant incomeCheckRecordedAt;

    protected IncomeCheck() {
        // for JPA, and "not checked yet"
    }

    static IncomeCheck none() {
        return new IncomeCheck();
    }

    /** A check made on {@code on} (not after {@code today}) with its result, recorded {@code now}. */
    static IncomeCheck recorded(LocalDate on, IncomeCheckResult result, String reference, LocalDate today,
            Instant now) {
        if (on == null) {
            throw DomainException.onField("checkedOn", "NotNull");
        }
        if (on.isAfter(today)) {
            throw DomainException.onField("checkedOn", "file.incomeCheck.future");
        }
        if (result == null) {
            throw DomainException.onField("result", "NotNull");
        }
        IncomeCheck check = new IncomeCheck();
        check.incomeCheckOn = on;
        check.incomeCheckResult = result;
        check.incomeCheckReference = reference == null || reference.isBlank() ? null : reference.strip();
        check.incomeCheckRecordedAt = now;
        return check;
    }

    /**
     * R-APPR-05 — the check found the income other than declared (or found nothing), and the category has not
     * been decided again since it was recorded.
     */
    boolean isPending(CategoryDecision decision) {
        if (incomeCheckResult == null || incomeCheckResult == IncomeCheckResult.CONSISTENT) {
            return false;
        }
        return !decision.decidedAfter(incomeCheckRecordedAt);
    }

    public LocalDate getOn() {
        return incomeCheckOn;
    }

    public IncomeCheckResult getResult() {
        return incomeCheckResult;
    }

    public String getReference() {
        return incomeCheckReference;
    }

    public Instant getRecordedAt() {
        return incomeCheckRecordedAt;
    }
}
