package org.unionaid.persistence.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Entry ids from {@code ledger_entry_seq}, which counts in steps of {@value #BLOCK}: one call to
 * the database hands out a block of ids, so posting an entry costs no round trip for its id.
 */
@Component
class EntryIds {

    static final int BLOCK = 50;

    private final JdbcClient jdbc;
    private long next;
    private long end;

    EntryIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    synchronized long next() {
        if (next == end) {
            next = jdbc.sql("select nextval('ledger_entry_seq')").query(Long.class).single();
            end = next + BLOCK;
        }
        return next++;
    }
}
