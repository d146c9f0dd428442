package org.unionaid.persistence.disbursement;

/**
 * The status of a batch line as SQL. A line stores PENDING, PAID or FAILED; it reads as SENT while it is
 * PENDING in a batch that has a bank file. A file, once generated, stays in force until a new version
 * replaces it (never after a return), so "the batch has a file" is "its lines are at the bank".
 */
public final class LineStatusSql {

    private LineStatusSql() {
    }

    /** The status of the line aliased {@code line}, as the name {@code status} takes it in Java. */
    public static String of(String line) {
        return """
                case when %1$s.status = 'PENDING'
                          and exists (select 1 from bank_file sent where sent.batch_id = %1$s.batch_id)
                     then 'SENT' else %1$s.status end""".formatted(line);
    }
}
