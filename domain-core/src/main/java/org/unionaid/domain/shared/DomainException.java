package org.unionaid.domain.shared;

/**
 * A business rule refused a use case. The message key is resolved against the UI message bundles
 * (Chinese first), so the person who triggered it reads why, in words they use at work.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A refusal that belongs next to one form field. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field the refusal belongs to, or {@code null} for a refusal of the whole form. */
    public String field() {
        return field;
    }
}
