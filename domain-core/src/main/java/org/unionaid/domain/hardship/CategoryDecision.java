package org.unionaid.domain.hardship;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.shared.DomainException;

/**
 * The reviewer's decision of a file's category (R-CAT-01): the category, the written reason where it is not
 * the suggestion, who decided and when; and, for a decision above what the income supports (R-CAT-02), the
 * higher union's confirmation with its reason. A new decision replaces the old one and its confirmation.
 */
@Embeddable
public class CategoryDecision {

    @Enumerated(EnumType.STRING)
    private HardshipCategory confirmedCategory;

    private String categoryReason;

    private Long categoryDecidedBy;

    private Instant categoryDecidedAt;

    /** The decision is above what the recorded income supports: it counts once confirmed. */
    private boolean categoryAboveIncome;

    private Long categoryConfirmedBy;

    private Instant categoryConfirmedAt;

    private String categoryConfirmation;

    protected CategoryDecision() {
        // for JPA, and "not decided yet"
    }

    static CategoryDecision none() {
        return new CategoryDecision();
    }

    /**
     * {@code category} decided by {@code decidedBy}; a category other than the {@code suggested} one, or one
     * above the income, needs a written reason.
     */
    static CategoryDecision decide(HardshipCategory category, HardshipCategory suggested, String reason,
            boolean aboveIncome, long decidedBy, Instant at) {
        if (category == null) {
            throw DomainException.onField("category", "NotNull");
        }
        String written = reason == null || reason.isBlank() ? null : reason.strip();
        if ((category != suggested || aboveIncome) && written == null) {
            throw DomainException.onField("categoryReason", "file.category.overrideReason");
        }
        CategoryDecision decision = new CategoryDecision();
        decision.confirmedCategory = category;
        decision.categoryReason = written;
        decision.categoryDecidedBy = decidedBy;
        decision.categoryDecidedAt = at;
        decision.categoryAboveIncome = aboveIncome;
        return decision;
    }

    /** The same decision, confirmed by a higher union's approver with a written reason (R-CAT-02). */
    CategoryDecision confirmed(String reason, long confirmedBy, Instant at) {
        if (!isAwaitingConfirmation()) {
            throw new DomainException("file.category.nothingToConfirm");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("confirmation", "file.category.confirmationReason");
        }
        CategoryDecision confirmed = new CategoryDecision();
        confirmed.confirmedCategory = confirmedCategory;
        confirmed.categoryReason = categoryReason;
        confirmed.categoryDecidedBy = categoryDecidedBy;
        confirmed.categoryDecidedAt = categoryDecidedAt;
        confirmed.categoryAboveIncome = true;
        confirmed.categoryConfirmedBy = confirmedBy;
        confirmed.categoryConfirmedAt = at;
        confirmed.categoryConfirmation = reason.strip();
        return confirmed;
    }

    /** Decided above what the income supports and not yet confirmed by a higher union. */
    public boolean isAwaitingConfirmation() {
        return confirmedCategory != null && categoryAboveIncome && categoryConfirmedBy == null;
    }

    /** Decided after {@code instant} (the category is decided again after an income check). */
    boolean decidedAfter(Instant instant) {
        return categoryDecidedAt != null && instant != null && categoryDecidedAt.isAfter(instant);
    }

    public HardshipCategory getCategory() {
        return confirmedCategory;
    }

    public String getReason() {
        return categoryReason;
    }

    public Long getDecidedBy() {
        return categoryDecidedBy;
    }

    public Instant getDecidedAt() {
        return categoryDecidedAt;
    }

    public boolean isAboveIncome() {
        return categoryAboveIncome;
    }

    public Long getConfirmedBy() {
        return categoryConfirmedBy;
    }

    public Instant getConfirmedAt() {
        return categoryConfirmedAt;
    }

    public String getConfirmation() {
        return categoryConfirmation;
    }
}
