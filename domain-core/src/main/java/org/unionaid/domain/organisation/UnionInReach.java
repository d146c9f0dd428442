package org.unionaid.domain.organisation;

/**
 * A union as a filter offers it: id, name and depth in the tree (1 for a root), read as a row, not as an
 * {@link Organisation}: a province admin's filter lists hundreds of them on every page.
 */
public record UnionInReach(long id, String name, int depth) {

    public static UnionInReach of(Organisation union) {
        return new UnionInReach(union.getId(), union.getName(), union.getDepth());
    }
}
