package org.unionaid.web.shared;

import org.springframework.stereotype.Component;
import org.unionaid.web.security.RefusedCheck;

/**
 * R-PRIV-07 for refusals shown where the user acted (a flash message above the page): the name of the access check
 * a rule's refusal is — maker-checker, approval by the file's own union — for the layout to put above the message.
 */
@Component("refusalChecks")
public class RefusalChecks {

    /** The check's name for a refusal's message key, or {@code null} for any other rule. */
    public String of(String messageKey) {
        RefusedCheck check = RefusedCheck.ofRule(messageKey);
        return check == null ? null : check.name();
    }
}
