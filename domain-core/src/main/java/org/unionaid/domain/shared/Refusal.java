package org.unionaid.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Why a rule refuses, as a message key the user reads (Chinese first) and the values it names. Every
 * gate in the domain answers with one of these, so that the page where the user acted can say which
 * rule refused and what to do.
 */
public record Refusal(String messageKey, List<Object> arguments) implements Serializable {

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String messageKey, Object... arguments) {
        return new Refusal(messageKey, List.of(arguments));
    }

    /** A rule's "no": the refusal, wrapped for {@link Rule#check}. */
    public static Optional<Refusal> refuse(String messageKey, Object... arguments) {
        return Optional.of(of(messageKey, arguments));
    }

    /** The refusal as the exception a use case throws to its caller. */
    public DomainException toException() {
        return new DomainException(messageKey, arguments.toArray());
    }

    /** The refusal as the exception of one form field. */
    public DomainException onField(String field) {
        return DomainException.onField(field, messageKey, arguments.toArray());
    }
}
