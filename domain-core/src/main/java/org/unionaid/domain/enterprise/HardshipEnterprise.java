package org.unionaid.domain.enterprise;

import java.time.Instant;

/**
 * An enterprise in difficulty (困难企业, seeds 000–002; docs/domain.md §8.2) as a union records it: its name and credit
 * code, what its difficulty is and how many people work there, kept by the union it belongs to or one above.
 */
public record HardshipEnterprise(long id, long organisationId, String organisationName, String name, String creditCode,
        String difficulty, Integer employees, Instant createdAt) {
}
