package org.unionaid.web.hardship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.domain.hardship.FileExport;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.sheet.SheetWriter;
import org.unionaid.web.shared.DisplayFormats;

import jakarta.servlet.http.HttpServletResponse;

/** The file list, as filtered and sorted on the page, as an Excel workbook written as a stream. */
@Controller
class FileExportController {

    private static final List<String> HEADERS = List.of("档案编号", "职工姓名", "身份证号码", "性别", "出生日期", "所在基层工会",
            "状态", "困难类别", "主要致困原因", "致困原因", "帮扶需求", "档案级别", "家庭人口", "家庭年可支配收入", "人均月收入",
            "开户银行", "银行卡号", "联系电话", "申请日期");

    private final FileExport export;
    private final FileSheet sheet;
    private final MessageSource messages;

    FileExportController(FileExport export, FileSheet sheet, MessageSource messages) {
        this.export = export;
        this.sheet = sheet;
        this.messages = messages;
    }

    @GetMapping("/files/export")
    void export(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) String person,
            @RequestParam(required = false) FileStatus status, @RequestParam(required = false) HardshipCategory category,
            @RequestParam(required = false) HardshipCause cause, @RequestParam(required = false) Need need,
            @RequestParam(required = false) Long union, @RequestParam(defaultValue = "false") boolean ready,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        FileFilter filter = new FileFilter(name, person, status, category, cause, need, union, ready);
        // The workbook opens with the first file: a refusal (another subtree) still gets its error page.
        OpenOnFirstUse workbook = new OpenOnFirstUse(response);
        try {
            export.export(actor, filter, order(sort), file -> workbook.writer().row(Arrays.asList(file.id(),
                    file.workerName(), file.workerId(), label("gender." + file.gender()), file.birthDate(),
                    file.unionName(), label("file.status." + file.status()), sheet.label(file.category()),
                    sheet.label(file.mainCause()), file.causes().stream().map(sheet::label).collect(Collectors.joining("、")),
                    file.needs().stream().map(sheet::label).collect(Collectors.joining("、")), sheet.label(file.level()),
                    file.householdSize(), file.yearlyIncome() == null ? null : file.yearlyIncome().toBigDecimal(),
                    file.monthlyPerHead() == null ? null : file.monthlyPerHead().toBigDecimal(), sheet.label(file.bank()),
                    file.bankCard(), file.phone(), file.appliedOn())));
            workbook.writer();
        } finally {
            workbook.close();
        }
    }

    /** The export's workbook, started when the first row (or the end of an empty export) needs it. */
    private static final class OpenOnFirstUse {

        private final HttpServletResponse response;
        private SheetWriter writer;

        OpenOnFirstUse(HttpServletResponse response) {
            this.response = response;
        }

        SheetWriter writer() {
            if (writer == null) {
                try {
                    FileImportController.attachment(response, "困难职工档案-"
                            + LocalDate.now(DisplayFormats.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
                    writer = SheetWriter.create(response.getOutputStream(), "困难职工档案");
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                writer.header(HEADERS, Set.of()).textColumn(2).textColumn(16).width(2, 22).width(16, 24);
            }
            return writer;
        }

        void close() {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /** The list's order: one sortable property and a direction, else newest first. */
    private static Sort order(String sort) {
        if (sort != null) {
            String[] parts = sort.split(",");
            if (FileFilter.SORTABLE.contains(parts[0])) {
                return Sort.by(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? Sort.Direction.DESC
                        : Sort.Direction.ASC, parts[0]);
            }
        }
        return Sort.by(Sort.Direction.DESC, "createdAt");
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
