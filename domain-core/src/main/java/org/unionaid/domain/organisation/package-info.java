/**
 * The union tree (domain.md §2): unions with their type, region and parent, kept as materialised paths so that a
 * subtree is one prefix (see scope).
 * <p>Use cases: {@link OrganisationAdministration}. Ports: {@link Organisations}, {@link Regions}. Aggregates (JPA):
 * {@link Organisation}.
 */
package org.unionaid.domain.organisation;
