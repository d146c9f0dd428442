package org.unionaid.domain.workpaper;

/** Where a union's ledger chain ends, as a working paper notes it down outside the database. */
public record ChainHeadRow(long unionId, String unionName, long lastSeq, String lastHash) {
}
