package org.unionaid.domain.hardship;

/** A household member's relation to the worker. */
public enum Relation {
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    OTHER
}
