package org.unionaid.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * An ordered list of rules, in the order a person would look (a rule may judge a wider kind of case, e.g. any
 * payment line whoever the payee): the first refusal is the one to fix
 * first, and the list of all refusals is what a work list shows ("what still blocks this file").
 */
public final class RuleSet<C> {

    private final List<Rule<? super C>> rules;

    private RuleSet(List<Rule<? super C>> rules) {
        this.rules = List.copyOf(rules);
    }

    @SafeVarargs
    public static <C> RuleSet<C> of(Rule<? super C>... rules) {
        return new RuleSet<C>(List.<Rule<? super C>>of(rules));
    }

    public Optional<Refusal> firstRefusal(C candidate) {
        for (Rule<? super C> rule : rules) {
            Optional<Refusal> refusal = rule.check(candidate);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    public List<Refusal> allRefusals(C candidate) {
        return rules.stream().map(rule -> rule.check(candidate)).flatMap(Optional::stream).toList();
    }

    /** Throws the first refusal as a {@link DomainException}. */
    public void require(C candidate) {
        firstRefusal(candidate).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    public int size() {
        return rules.size();
    }
}
