package org.unionaid.domain.scope;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The materialised path of an organisation in the union tree: the ids from the root down, as
 * {@code /1/7/42/}. A subtree is a contiguous range of paths in byte order (the column uses the
 * "C" collation), so "everything under X" is one index range scan:
 * {@code path >= lowerBound and path < upperBound}.
 */
public record OrganisationPath(String value) {

    public OrganisationPath {
        Objects.requireNonNull(value, "path");
        if (!value.matches("(/\\d+)+/")) {
            throw new IllegalArgumentException("malformed organisation path: " + value);
        }
    }

    public static OrganisationPath root(long id) {
        return new OrganisationPath("/" + id + "/");
    }

    public OrganisationPath child(long id) {
        return new OrganisationPath(value + id + "/");
    }

    /** True when {@code other} is this node or below it. */
    public boolean contains(OrganisationPath other) {
        return other.value.startsWith(value);
    }

    /** Inclusive lower bound of the subtree range: the path itself. */
    public String lowerBound() {
        return value;
    }

    /**
     * Exclusive upper bound of the subtree range: the path with its trailing '/' replaced by '0',
     * the next character in byte order. Every descendant starts with the path, so it sorts below.
     */
    public String upperBound() {
        return value.substring(0, value.length() - 1) + '0';
    }

    /** Ids from the root down to this node. */
    public List<Long> ids() {
        return Arrays.stream(value.substring(1).split("/")).map(Long::valueOf).toList();
    }

    /** How many unions the path names, root included; counted, not parsed (the union filters ask it per row). */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count() - 1;
    }

    /** The path this node's subtree gets when the node moves under {@code newParent}. */
    public OrganisationPath rebase(OrganisationPath oldPrefix, OrganisationPath newPrefix) {
        if (!oldPrefix.contains(this)) {
            throw new IllegalArgumentException(value + " is not under " + oldPrefix.value);
        }
        return new OrganisationPath(newPrefix.value + value.substring(oldPrefix.value.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
