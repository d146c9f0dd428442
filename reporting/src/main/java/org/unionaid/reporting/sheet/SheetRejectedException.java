package org.unionaid.reporting.sheet;

import java.util.List;

/**
 * A sheet that cannot be read at all: not an Excel file, the legacy .xls format, too large, no
 * header row. Carries a message key and its arguments for the page to say why in Chinese.
 */
public class SheetRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public SheetRejectedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
