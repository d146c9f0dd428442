package org.unionaid.domain.hardship;

import java.util.List;

/**
 * What is wrong with one row of an import: the row as the spreadsheet numbers it, the field (a
 * {@link FileEntry} path such as {@code workerIdNumber} or {@code members[1].idNumber}, or
 * {@code union}), and the message key with its arguments. Never holds a clear ID or card number.
 */
public record ImportProblem(int row, String field, String messageKey, List<Object> args) {

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static ImportProblem of(int row, String field, String messageKey, Object... args) {
        return new ImportProblem(row, field, messageKey, List.of(args));
    }
}
