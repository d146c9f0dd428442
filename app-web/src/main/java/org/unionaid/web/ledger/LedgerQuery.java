package org.unionaid.web.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.PostingFilter;
import org.unionaid.web.shared.DisplayFormats;
import org.unionaid.web.shared.PageLinks;

/**
 * The union and the filters of the ledger page as its URL carries them; the export takes the same.
 * Days are Beijing days: {@code from} counts from its first instant, {@code to} up to its last.
 */
record LedgerQuery(Long union, FundSource source, FundPurpose purpose, EntryKind kind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    boolean datesReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    /** The same query without its period (which ended before it began). */
    LedgerQuery withoutDates() {
        return new LedgerQuery(union, source, purpose, kind, null, null);
    }

    PostingFilter filter() {
        return new PostingFilter(source, purpose, kind,
                from == null ? null : from.atStartOfDay(DisplayFormats.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(DisplayFormats.ZONE).toInstant());
    }

    /** The query as link parameters ({@code &union=…&source=…}) for the union's pages and its export. */
    String linkParameters(long unionId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("union", unionId);
        parameters.put("source", source);
        parameters.put("purpose", purpose);
        parameters.put("kind", kind);
        parameters.put("from", from);
        parameters.put("to", to);
        return PageLinks.filterQuery(parameters);
    }
}
