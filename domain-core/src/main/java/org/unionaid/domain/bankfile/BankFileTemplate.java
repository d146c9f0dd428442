package org.unionaid.domain.bankfile;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.unionaid.domain.hardship.Bank;

/**
 * How one bank wants its payment file (银行代发文件模板): format, encoding, separator, line ending,
 * whether a header and a trailer line are written, and the columns of each kind of line, in order.
 *
 * @param bank null for a generic layout any bank accepts
 */
public record BankFileTemplate(long id, String name, Bank bank, BankFileFormat format, BankFileEncoding encoding,
        String separator, LineEnding lineEnding, boolean withHeader, boolean withTrailer, List<TemplateColumn> columns) {

    public BankFileTemplate {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lineEnding, "lineEnding");
        columns = columns.stream().sorted(Comparator.comparing(TemplateColumn::section)
                .thenComparingInt(TemplateColumn::position)).toList();
        if (format == BankFileFormat.CSV && (separator == null || separator.isEmpty())) {
            throw new IllegalArgumentException("a CSV template has a separator");
        }
        if (format == BankFileFormat.FIXED_WIDTH && columns.stream().anyMatch(c -> c.width() == null)) {
            throw new IllegalArgumentException("every column of a fixed-width template has a width");
        }
        if (columns.stream().noneMatch(c -> c.section() == TemplateSection.DETAIL)) {
            throw new IllegalArgumentException("a template has detail columns");
        }
    }

    public List<TemplateColumn> columns(TemplateSection section) {
        return columns.stream().filter(c -> c.section() == section).toList();
    }

    /** The file name's extension: csv, or txt for fixed width. */
    public String extension() {
        return format == BankFileFormat.CSV ? "csv" : "txt";
    }
}
