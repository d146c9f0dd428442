package org.unionaid.domain.recipient;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.ProtectedId;
import org.unionaid.domain.scope.OrganisationPath;

/** Named recipients (按名单慰问的对象). Implemented in the persistence module. */
public interface NamedRecipients {

    long nextId();

    /** A recipient as stored: its numbers sealed and blind-indexed ({@code account} null without a card). */
    record Stored(long id, long organisationId, RecipientGroup group, String name, ProtectedId idNumber,
            String employer, String honour, BankAccount account, long createdBy, Instant createdAt) {
    }

    /** Stores the recipient; false when the union already keeps this person on one of its lists (nothing stored). */
    boolean add(Stored recipient);

    Optional<NamedRecipient> find(long id);

    /** These recipients by id; ids that do not exist are absent. */
    Map<Long, NamedRecipient> findAll(Collection<Long> ids);

    /**
     * The recipients kept by unions in {@code scope} (or by one union, {@code unionId}, in it), of a group or of
     * any ({@code null}), by union then name.
     */
    List<NamedRecipient> of(OrganisationPath scope, RecipientGroup group, Long unionId);
}
