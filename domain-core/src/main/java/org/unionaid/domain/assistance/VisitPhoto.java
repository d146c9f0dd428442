package org.unionaid.domain.assistance;

/** A photo of a visit, without its bytes: what a list shows. */
public record VisitPhoto(long id, long visitId, String filename, String contentType, int sizeBytes) {
}
