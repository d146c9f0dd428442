package org.unionaid.reporting.statistics;

/**
 * A union's written summary (书面总结, 送温暖报告; R-STAT-03) as its tables carry it: typed text, an uploaded PDF or
 * Word document, or both. A submitted version keeps the summary it was sent with.
 */
public record WrittenSummary(String text, Long documentId, String documentName, Integer documentBytes,
        String documentSha256) {

    public static final WrittenSummary NONE = new WrittenSummary(null, null, null, null, null);

    public boolean written() {
        return (text != null && !text.isBlank()) || documentId != null;
    }
}
