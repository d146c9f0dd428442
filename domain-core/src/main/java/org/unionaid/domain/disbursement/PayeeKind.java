package org.unionaid.domain.disbursement;

/**
 * Whom a batch pays: households of approved hardship files (by category), or named recipients (by group: 劳模,
 * 一线职工, 困难农民工, 困难党员). One batch pays one kind, so each line is judged by the rules of its kind
 * ({@link PaymentRules#ALL} or {@link PaymentRules#NAMED}).
 */
public enum PayeeKind {
    FILES,
    NAMED
}
