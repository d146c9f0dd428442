package org.unionaid.web.hardship;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.FileImport;
import org.unionaid.domain.hardship.ImportProblem;
import org.unionaid.domain.hardship.ImportReport;
import org.unionaid.domain.hardship.ImportSource;
import org.unionaid.domain.hardship.ImportUploads;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetLayout;
import org.unionaid.reporting.sheet.SheetReader;
import org.unionaid.reporting.sheet.SheetRejectedException;
import org.unionaid.reporting.sheet.SheetRow;

/** Reads a kept upload's rows through the import template's columns, for its check and its commit. */
@Component
class UploadedSheets {

    private final FileImport fileImport;
    private final FileSheet sheet;

    UploadedSheets(FileImport fileImport, FileSheet sheet) {
        this.fileImport = fileImport;
        this.sheet = sheet;
    }

    /**
     * Every row of the upload checked; a sheet that cannot be read at all, or has no data row, is one problem of
     * "row 0", so that its report is kept like any other refusal (R-PRIV-02).
     */
    ImportReport check(Actor actor, ImportUploads.Upload upload, List<SheetLayout> layout) {
        try {
            ImportReport report = fileImport.check(actor, source(upload, layout));
            return report.rows() == 0 && report.problems().isEmpty()
                    ? new ImportReport(0, List.of(ImportProblem.of(0, "sheet", "sheet.empty"))) : report;
        } catch (DomainException unreadable) {
            return new ImportReport(0, List.of(new ImportProblem(0, "sheet", unreadable.messageKey(),
                    List.of(unreadable.arguments()))));
        }
    }

    /** The rows of the kept upload, read afresh each time; the layout found goes into {@code layout}. */
    ImportSource source(ImportUploads.Upload upload, List<SheetLayout> layout) {
        return sink -> {
            layout.clear();
            layout.add(read(upload, row -> sink.accept(FileRowParser.parse(sheet, row))));
        };
    }

    private SheetLayout read(ImportUploads.Upload upload, Consumer<SheetRow> rows) {
        if (upload.content() == null) {
            throw new DomainException("file.import.erased");
        }
        try {
            return new SheetReader(sheet.columns()).read(new ByteArrayInputStream(upload.content()), rows);
        } catch (SheetRejectedException rejected) {
            throw new DomainException(rejected.messageKey(), rejected.args());
        }
    }

}
