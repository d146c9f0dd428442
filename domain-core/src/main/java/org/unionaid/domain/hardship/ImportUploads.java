package org.unionaid.domain.hardship;

import java.time.Instant;
import java.util.Optional;

/** Uploaded spreadsheets of file imports. Implemented in persistence. */
public interface ImportUploads {

    /** An upload as stored; {@code committedFiles} is {@code null} until it is committed. */
    record Upload(long id, long uploadedBy, String filename, byte[] content, Instant uploadedAt,
            Integer committedFiles) {

        public boolean committed() {
            return committedFiles != null;
        }
    }

    long add(long uploadedBy, String filename, byte[] content, Instant uploadedAt);

    Optional<Upload> find(long id);

    /** Marks the upload committed; false if it already was (a second commit of the same upload). */
    boolean markCommitted(long id, int files, Instant committedAt);
}
