package org.unionaid.domain.shared;

import java.util.Collection;
import java.util.Optional;

/**
 * R-MC-01 — maker-checker (DOMAIN §1; docs/domain.md §1): wherever money or eligibility changes, whoever
 * made a thing may not approve it. One policy for files, batches, transfers and category confirmations;
 * each caller says what "made" means for its thing and which message the user reads.
 */
public final class MakerChecker {

    private MakerChecker() {
    }

    /** Refused with {@code messageKey} when {@code checker} is among {@code makers}. */
    public static Optional<Refusal> check(Collection<Long> makers, long checker, String messageKey) {
        return makers.contains(checker) ? Refusal.refuse(messageKey) : Optional.empty();
    }

    /** Throws the refusal of {@link #check}. */
    public static void require(Collection<Long> makers, long checker, String messageKey) {
        check(makers, checker, messageKey).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }
}
