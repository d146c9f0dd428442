package org.unionaid.domain.bankfile;

/** The kinds of line in a bank file: one header, one detail line per payment, one trailer. */
public enum TemplateSection {
    HEADER,
    DETAIL,
    TRAILER
}
