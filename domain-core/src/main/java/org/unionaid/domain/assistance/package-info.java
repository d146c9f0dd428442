/**
 * Help other than money and the visits that bring it (domain.md §5): assistance measures planned per file, home
 * and workplace visits with their photos, and the delegations (慰问团) of a union whose home visits carry cash and
 * goods handovers (R-HAND-01).
 */
package org.unionaid.domain.assistance;
