package org.unionaid.domain.shared;

import java.util.Optional;

/**
 * One rule of a policy: empty when the case passes, else the refusal with its reason. Rules are small
 * named classes, each citing its source and its id in docs/rules.md.
 *
 * @param <C> what the rule judges (a payment line, a file at approval, a notice period…)
 */
@FunctionalInterface
public interface Rule<C> {

    Optional<Refusal> check(C candidate);
}
