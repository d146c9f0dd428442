package org.unionaid.domain.hardship;

import java.util.List;

/**
 * One data row of an uploaded sheet, as the sheet parser understood it: its number as the
 * spreadsheet shows it, the employer's union as written (name or code), the file it describes, and
 * the problems found while reading its cells (an unknown code, an amount that is not one, …).
 */
public record ImportRow(int rowNumber, String union, FileEntry entry, List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }
}
