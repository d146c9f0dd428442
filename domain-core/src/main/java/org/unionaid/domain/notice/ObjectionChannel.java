package org.unionaid.domain.notice;

/** How an objection reached the union. */
public enum ObjectionChannel {
    IN_PERSON,
    PHONE,
    LETTER,
    EMAIL,
    OTHER
}
