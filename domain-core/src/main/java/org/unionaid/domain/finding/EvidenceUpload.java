package org.unionaid.domain.finding;

/** A document sent with a rectification, as uploaded. */
public record EvidenceUpload(String filename, byte[] content) {
}
