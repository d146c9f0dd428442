/**
 * The one notion every feature shares: an organisation's place in the tree (OrganisationPath) and the subtree
 * test built on it. It depends on no feature, so features can depend on it without cycles.
 */
package org.unionaid.domain.scope;
