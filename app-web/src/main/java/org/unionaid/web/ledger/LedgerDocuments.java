package org.unionaid.web.ledger;

import java.util.Collection;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.trace.DocumentLabel;
import org.unionaid.web.trace.RecordLinks;

/**
 * The business document behind an entry, in words and linked: an allocation to its page, a batch to its page, a
 * payment line to its trace, a bank return to the lines it settled. Every entry is described in Chinese from
 * {@code ledger.describe.<kind>} around its document's words — the stored memo is part of the hash chain and stays
 * as written, shown beside it. Templates ask {@code @ledgerDocuments.href(document)},
 * {@code @ledgerDocuments.words(document, labels)} and {@code @ledgerDocuments.describe(kind, document, labels)}.
 */
@Component("ledgerDocuments")
public class LedgerDocuments {

    private final RecordLinks records;
    private final MessageSource messages;

    LedgerDocuments(RecordLinks records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    /** The document's page, or {@code null} when it has none. */
    public String href(DocumentRef document) {
        return records.href(record(document), null);
    }

    /** The words of every document of a page, in one statement per type. */
    public Map<RecordRef, DocumentLabel> labels(Collection<DocumentRef> documents) {
        return records.labels(documents.stream().map(LedgerDocuments::record).distinct().toList());
    }

    /** The document named in words (its type and number when its words were not loaded). */
    public String words(DocumentRef document, Map<RecordRef, DocumentLabel> labels) {
        return records.text(record(document), labels);
    }

    /** What the entry did, in a sentence around its document's words. */
    public String describe(EntryKind kind, DocumentRef document, Map<RecordRef, DocumentLabel> labels) {
        return messages.getMessage("ledger.describe." + kind, new Object[] {words(document, labels)},
                LocaleContextHolder.getLocale());
    }

    static RecordRef record(DocumentRef document) {
        return new RecordRef(document.type(), document.id());
    }
}
