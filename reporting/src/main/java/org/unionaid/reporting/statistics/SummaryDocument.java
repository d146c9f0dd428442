package org.unionaid.reporting.statistics;

/** An uploaded written summary as kept: whose and which period's it is, its name, type and bytes. */
public record SummaryDocument(long id, long periodId, long unionId, String filename, String contentType,
        byte[] content) {
}
