/**
 * Enterprises in difficulty (domain.md §8.2): the enterprise a union keeps on record, and each visit paid to it
 * with the money and goods given, which the visiting union's 送温暖 table counts.
 * <p>Use cases: {@link EnterpriseAid}. Ports: {@link Enterprises}.
 */
package org.unionaid.domain.enterprise;
