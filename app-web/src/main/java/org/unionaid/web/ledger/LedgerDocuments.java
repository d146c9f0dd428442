package org.unionaid.web.ledger;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionaid.domain.ledger.DocumentRef;

/**
 * Where the business document behind an entry has its page; documents without one are shown by type
 * and number only. Templates ask {@code @ledgerDocuments.href(document)}.
 */
@Component("ledgerDocuments")
public class LedgerDocuments {

    private static final Map<String, String> PAGES = Map.of("allocation", "/allocations/");

    /** The document's page, or {@code null} when it has none. */
    public String href(DocumentRef document) {
        String page = PAGES.get(document.type());
        return page == null ? null : page + document.id();
    }
}
