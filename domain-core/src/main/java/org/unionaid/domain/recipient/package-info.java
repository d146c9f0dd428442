/**
 * Named recipients (domain.md §5.2, §8.2): model workers, front-line workers, migrant workers in hardship and
 * hardship or long-serving Party members, kept on a union's lists by real name and visited and paid without a
 * hardship file — never from finance money (R-STAT-05, R-STAT-06).
 * <p>Use cases: {@link RecipientRegistration}. Ports: {@link NamedRecipients}.
 */
package org.unionaid.domain.recipient;
