/**
 * Tracing one payment end to end for an auditor: the money in, the allocation, the batch and its approval, the
 * bank file, the return or the handover, and every ledger posting on the way, with personal numbers masked
 * (R-AUDIT-08).
 * <p>Use cases: {@link PaymentTracing}. Ports: {@link DocumentLabels}, {@link TraceReadings}.
 */
package org.unionaid.domain.trace;
