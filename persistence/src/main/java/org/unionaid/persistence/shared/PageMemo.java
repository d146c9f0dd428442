package org.unionaid.persistence.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows read once per read-only transaction — a page's reads, joined by the web module's {@code PageReads} — as
 * JPA's persistence context does for entities. A batch page asks half a dozen use cases for its parts, each of
 * which reads the batch again to check the reader's reach; read by JDBC, each read was a statement. Outside a
 * read-only transaction (any use case that writes) every read goes to the database.
 */
public final class PageMemo<K, V> {

    private final Object resource = new Object();

    public V get(K key, Function<K, V> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.apply(key);
        }
        Map<K, V> seen = rowsOfThisTransaction();
        V value = seen.get(key);
        if (value == null) {
            value = read.apply(key);
            seen.put(key, value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> rowsOfThisTransaction() {
        Map<K, V> seen = (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
        if (seen == null) {
            seen = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, seen);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        return seen;
    }
}
