package org.unionaid.domain.trace;

import java.util.Collection;
import java.util.Map;

import org.unionaid.domain.anomaly.RecordRef;

/**
 * Names business documents in words for the ledger, the audit log, hits and findings: one statement per type of
 * document asked for. Types it does not know, and documents that do not exist, are absent. Implemented in
 * persistence.
 */
public interface DocumentLabels {

    Map<RecordRef, DocumentLabel> labels(Collection<RecordRef> records);
}
