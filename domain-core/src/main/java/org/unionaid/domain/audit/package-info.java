/**
 * The action log: one append-only entry per use case, written in the transaction of the change it records, and
 * its reading by auditors and admins over their own subtree (R-SEC-01).
 * <p>Use cases: {@link AuditTrail}. Ports: {@link AuditLog}.
 */
package org.unionaid.domain.audit;
