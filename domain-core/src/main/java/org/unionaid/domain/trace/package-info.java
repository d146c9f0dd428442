/**
 * Tracing one payment end to end for an auditor: the money in, the allocation, the batch and its approval, the
 * bank file, the return or the handover, and every ledger posting on the way, with personal numbers masked
 * (R-AUDIT-08).
 */
package org.unionaid.domain.trace;
