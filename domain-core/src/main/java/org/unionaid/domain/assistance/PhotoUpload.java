package org.unionaid.domain.assistance;

/** A photo as the browser sent it, not yet checked. */
public record PhotoUpload(String filename, byte[] content) {
}
