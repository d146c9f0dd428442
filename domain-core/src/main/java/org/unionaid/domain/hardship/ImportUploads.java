package org.unionaid.domain.hardship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded spreadsheets of file imports, their content sealed (R-PRIV-02): the adapter stores and returns the
 * sealed bytes, {@link FileImport} seals and opens them. Implemented in persistence.
 */
public interface ImportUploads {

    /**
     * An upload as stored: {@code content} is the sealed spreadsheet, {@code null} once erased;
     * {@code committedFiles} is {@code null} until it is committed; {@code erasedBecause} says why the content
     * went, and {@code checkedRows} how many rows the check of a refused upload read.
     */
    record Upload(long id, long uploadedBy, String filename, byte[] content, Instant uploadedAt,
            Integer committedFiles, Instant erasedAt, UploadRetention.Reason erasedBecause, Integer checkedRows) {

        public boolean committed() {
            return committedFiles != null;
        }

        public boolean erased() {
            return erasedAt != null;
        }

        /** The same upload with its content opened (or still {@code null}, once erased). */
        public Upload withContent(byte[] clear) {
            return new Upload(id, uploadedBy, filename, clear, uploadedAt, committedFiles, erasedAt, erasedBecause,
                    checkedRows);
        }
    }

    /** An upload whose content is still kept: whose it is and where its uploader works (for the audit entry). */
    record Kept(long id, long uploadedBy, long uploaderUnionId, Instant uploadedAt, int sealedBytes) {
    }

    long add(long uploadedBy, String filename, byte[] sealedContent, Instant uploadedAt);

    Optional<Upload> find(long id);

    /** Marks the upload committed; false if it already was (a second commit of the same upload). */
    boolean markCommitted(long id, int files, Instant committedAt);

    /** Removes the content for {@code reason}; false if it was erased already. */
    boolean erase(long id, UploadRetention.Reason reason, Instant at);

    /** Keeps the report of a refused upload (the rows read, every problem), which outlives its content. */
    void keepReport(long id, int rows, List<ImportProblem> problems);

    /** The problems kept for a refused upload, in row order. */
    List<ImportProblem> keptProblems(long id);

    /** Uploads uploaded before {@code cutoff} whose content is still kept, oldest first, at most {@code limit}. */
    List<Kept> keptSince(Instant cutoff, int limit);
}
