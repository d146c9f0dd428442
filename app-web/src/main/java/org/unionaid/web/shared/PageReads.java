package org.unionaid.web.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reads of one page in one read-only transaction. A page such as the file page asks a dozen read-only use
 * cases for its parts; each alone opens its own transaction and persistence context, so each loads the file (and
 * its union) again to check the reader's reach, and each ends with its own commit. Joined here, the file is loaded
 * once, the reach checks find it in the persistence context, and the page takes one connection from the pool.
 * Every use case still checks role and reach itself; only reads are joined (a write inside would be refused by
 * PostgreSQL, the transaction being read-only).
 */
@Component
public class PageReads {

    private final TransactionTemplate readOnly;

    PageReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the page's reads (filling its model) in one read-only transaction and returns the view name. */
    public String of(Supplier<String> reads) {
        return readOnly.execute(status -> reads.get());
    }

    /** Runs the page's reads, filling its model, in one read-only transaction. */
    public void run(Runnable reads) {
        readOnly.executeWithoutResult(status -> reads.run());
    }
}
