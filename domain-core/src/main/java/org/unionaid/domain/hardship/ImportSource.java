package org.unionaid.domain.hardship;

import java.util.function.Consumer;

/**
 * The rows of an upload, read afresh on every call (checking and committing read the upload
 * again rather than keep every row in memory). The web layer implements it over a streaming sheet
 * reader; a sheet it cannot read at all is refused with a {@link org.unionaid.domain.shared.DomainException}.
 */
@FunctionalInterface
public interface ImportSource {

    void forEachRow(Consumer<ImportRow> sink);
}
