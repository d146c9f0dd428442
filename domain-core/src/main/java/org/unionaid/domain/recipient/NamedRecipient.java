package org.unionaid.domain.recipient;

import java.time.Instant;

import org.unionaid.domain.hardship.Bank;

/**
 * A person visited and helped by name outside the hardship files (按名单慰问): a model worker, a front-line
 * worker, a migrant worker in hardship or a Party member in hardship or of long standing, recorded by the union
 * that keeps the list (劳模办, 组织部 or the workplace). Numbers are shown masked; the card, if any, is the
 * recipient's own ({@code holder} is the recipient's name). Never paid from finance money (R-STAT-05).
 *
 * @param honour what makes the person one of the group as the list says it, e.g. 全国劳动模范（2015年）, 党龄52年
 */
public record NamedRecipient(long id, long organisationId, String organisationName, RecipientGroup group, String name,
        String idMasked, String employer, String honour, Bank bank, String cardMasked, String holder,
        Instant createdAt) {

    public boolean hasCard() {
        return cardMasked != null;
    }
}
