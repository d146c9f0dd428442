package org.unionaid.persistence.hardship;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** PostgreSQL COPY in its text format, on the connection of the transaction under way. */
final class PgCopy {

    /** A table with its column list, and the rows for it. */
    record Table(String tableAndColumns, StringBuilder rows) {
    }

    private PgCopy() {
    }

    static void in(DataSource dataSource, List<Table> tables) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            for (Table table : tables) {
                if (!table.rows().isEmpty()) {
                    postgres.getCopyAPI().copyIn("copy " + table.tableAndColumns() + " from stdin",
                            new StringReader(table.rows().toString()));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("COPY failed", failed);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY's text format (an Instant's ISO text is a timestamptz): tab-separated, \N for null, backslash escapes, bytea as hex. */
    static void row(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                rows.append("\\N");
            } else if (value instanceof byte[] bytes) {
                rows.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            } else if (value instanceof Boolean yes) {
                rows.append(yes ? 't' : 'f');
            } else if (value instanceof Enum<?> code) {
                rows.append(code.name());
            } else if (value instanceof BigDecimal number) {
                rows.append(number.toPlainString());
            } else {
                escape(rows, value.toString());
            }
        }
        rows.append('\n');
    }

    private static void escape(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
