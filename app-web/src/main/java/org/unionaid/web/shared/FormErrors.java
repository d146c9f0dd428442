package org.unionaid.web.shared;

import org.springframework.validation.BindingResult;
import org.unionaid.domain.shared.DomainException;

/** Puts a use case's refusal next to its field, or at the top of the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException refusal) {
        if (refusal.field() != null && result.getFieldType(refusal.field()) != null) {
            result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }
}
