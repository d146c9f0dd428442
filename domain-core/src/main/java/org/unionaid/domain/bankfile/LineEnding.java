package org.unionaid.domain.bankfile;

/** What ends each line of a bank file. */
public enum LineEnding {
    CRLF("\r\n"),
    LF("\n");

    private final String characters;

    LineEnding(String characters) {
        this.characters = characters;
    }

    public String characters() {
        return characters;
    }
}
