package org.unionaid.domain.bankfile;

import java.io.Serializable;
import java.util.List;

/**
 * Why a line of a return file cannot be applied, as a message key and its values; line 0 is the file as a
 * whole. Any problem keeps the whole file from being applied.
 */
public record ReturnProblem(int lineNumber, String messageKey, List<Object> arguments) implements Serializable {

    public ReturnProblem {
        arguments = List.copyOf(arguments);
    }

    public static ReturnProblem of(int lineNumber, String messageKey, Object... arguments) {
        return new ReturnProblem(lineNumber, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
