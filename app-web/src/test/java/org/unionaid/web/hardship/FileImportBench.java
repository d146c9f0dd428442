package org.unionaid.web.hardship;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.unionaid.domain.hardship.FileImport;
import org.unionaid.domain.hardship.ImportSource;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetColumn;
import org.unionaid.reporting.sheet.SheetReader;
import org.unionaid.reporting.sheet.SheetRejectedException;

/** The import as the page runs it (upload, then the commit, which checks again), for the benchmark. */
public class FileImportBench {

    private final FileImport fileImport;
    private final FileSheet sheet;

    public FileImportBench(FileImport fileImport, FileSheet sheet) {
        this.fileImport = fileImport;
        this.sheet = sheet;
    }

    public List<SheetColumn> columns() {
        return sheet.columns();
    }

    public int commit(Actor actor, Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        long id = fileImport.upload(actor, file.getFileName().toString(), content);
        return fileImport.commit(actor, id, source(content));
    }

    /** Only the check the page runs on upload: every row, nothing written. */
    public int check(Actor actor, Path file) throws Exception {
        return fileImport.check(actor, source(Files.readAllBytes(file))).rows();
    }

    /** Only reading and parsing the rows. */
    public int parse(Path file) throws Exception {
        int[] rows = {0};
        source(Files.readAllBytes(file)).forEachRow(row -> rows[0]++);
        return rows[0];
    }

    private ImportSource source(byte[] content) {
        return sink -> {
            try {
                new SheetReader(sheet.columns()).read(new ByteArrayInputStream(content),
                        row -> sink.accept(FileRowParser.parse(sheet, row)));
            } catch (SheetRejectedException rejected) {
                throw new DomainException(rejected.messageKey(), rejected.args());
            }
        };
    }
}
