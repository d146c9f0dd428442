/**
 * What every rule set uses: Refusal (a message key and its arguments), Rule and RuleSet, DomainException, and
 * the one maker-checker policy (MakerChecker) of files, batches and transfers.
 * <p>Rules: {@link TextRules}.
 */
package org.unionaid.domain.shared;
