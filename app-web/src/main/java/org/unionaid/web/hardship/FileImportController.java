package org.unionaid.web.hardship;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.FileImport;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ImportReport;
import org.unionaid.domain.hardship.ImportUploadErasure;
import org.unionaid.domain.hardship.ImportUploads;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetWriter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Opening files from Excel (批量建档): the template, the upload and its check, and the commit of all rows or
 * none. The upload's page, its problem list and giving it up are {@link FileImportReportController}'s.
 */
@Controller
@RequestMapping("/files/import")
class FileImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FileImport fileImport;
    private final ImportUploadErasure erasure;
    private final FileRegistration registration;
    private final FileSheet sheet;
    private final UploadedSheets sheets;

    FileImportController(FileImport fileImport, ImportUploadErasure erasure, FileRegistration registration,
            FileSheet sheet, UploadedSheets sheets) {
        this.fileImport = fileImport;
        this.erasure = erasure;
        this.registration = registration;
        this.sheet = sheet;
        this.sheets = sheets;
    }

    @GetMapping
    String page(Actor actor) {
        registration.unionsForFiling(actor);
        return "files/import";
    }

    /** The template: Chinese headers, required ones marked, an example row, drop-downs for coded columns. */
    @GetMapping("/template")
    void template(Actor actor, HttpServletResponse response) throws IOException {
        List<Organisation> unions = registration.unionsForFiling(actor);
        attachment(response, "困难职工建档导入模板.xlsx");
        List<String> headers = sheet.headers();
        Set<Integer> required = IntStream.range(0, headers.size()).filter(i -> sheet.columns().get(i).required())
                .boxed().collect(Collectors.toSet());
        try (OutputStream out = response.getOutputStream(); SheetWriter writer = SheetWriter.create(out, "困难职工档案")) {
            writer.header(headers, required);
            for (String key : List.of("workerIdNumber", "bankCardNumber", "member1.idNumber", "member2.idNumber",
                    "member3.idNumber", "member4.idNumber", "addressRegion", "phone")) {
                writer.textColumn(sheet.indexOf(key)).width(sheet.indexOf(key), 22);
            }
            writer.dropDown(sheet.indexOf("union"), unions.stream().map(Organisation::getName).toList());
            drop(writer, "householdRegister", HouseholdRegister.class);
            writer.dropDown(sheet.indexOf("migrantWorker"), List.of("是", "否"));
            writer.dropDown(sheet.indexOf("partyMember"), List.of("是", "否"));
            drop(writer, "employmentStatus", EmploymentStatus.class);
            drop(writer, "modelWorkerLevel", ModelWorkerLevel.class);
            drop(writer, "mainCause", HardshipCause.class);
            drop(writer, "level", FileLevel.class);
            drop(writer, "bank", Bank.class);
            for (int i = 1; i <= FileSheet.MEMBER_COLUMNS; i++) {
                drop(writer, "member" + i + ".relation", Relation.class);
                drop(writer, "member" + i + ".school", SchoolLevel.class);
            }
            writer.row(exampleRow(unions.isEmpty() ? "" : unions.get(0).getName()));
        }
    }

    private void drop(SheetWriter writer, String key, Class<? extends Enum<?>> type) {
        writer.dropDown(sheet.indexOf(key), sheet.labels(type));
    }

    private List<Object> exampleRow(String union) {
        Map<String, Object> example = new HashMap<>();
        example.put("union", union);
        example.put("workerName", sheet.exampleName());
        example.put("workerIdNumber", "11010519491231002X");
        example.put("appliedOn", LocalDate.of(2026, 3, 5));
        example.put("ethnicity", "汉族");
        example.put("householdRegister", sheet.label(HouseholdRegister.URBAN));
        example.put("migrantWorker", "否");
        example.put("partyMember", "否");
        example.put("employmentStatus", sheet.label(EmploymentStatus.LAID_OFF));
        example.put("causes", sheet.label(HardshipCause.SERIOUS_ILLNESS_SELF) + "、" + sheet.label(HardshipCause.CHILDREN_SCHOOLING));
        example.put("mainCause", sheet.label(HardshipCause.SERIOUS_ILLNESS_SELF));
        example.put("needs", sheet.label(Need.MEDICAL) + "、" + sheet.label(Need.EDUCATION));
        example.put("level", sheet.label(FileLevel.BASE));
        example.put("yearlyIncome", new BigDecimal("24000.00"));
        example.put("rigidSpending", new BigDecimal("6000.00"));
        example.put("exclusions", "");
        example.put("member1.name", "李秀英");
        example.put("member1.relation", sheet.label(Relation.SPOUSE));
        example.put("member1.idNumber", "110105195001011234");
        List<Object> row = new ArrayList<>();
        sheet.columns().forEach(column -> row.add(example.get(column.key())));
        return row;
    }

    /**
     * Stores the upload sealed and checks it at once: a clean one waits for its commit, a refused one (problems,
     * or a sheet that cannot be read) keeps only its report and is erased now (R-PRIV-02). Either way the
     * upload's page follows.
     */
    @PostMapping
    String upload(Actor actor, @RequestParam("sheet") MultipartFile upload, Model model) throws IOException {
        long id;
        try {
            id = fileImport.upload(actor, upload.getOriginalFilename(), upload.getBytes());
        } catch (DomainException refusal) {
            model.addAttribute("error", refusal.messageKey());
            model.addAttribute("errorArgs", refusal.arguments());
            return "files/import";
        }
        ImportReport report = sheets.check(actor, fileImport.upload(actor, id), new ArrayList<>(1));
        if (!report.clean()) {
            erasure.refuse(actor, id, report);
        }
        return "redirect:/files/import/" + id;
    }

    @PostMapping("/{id}/commit")
    String commit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        ImportUploads.Upload upload = fileImport.upload(actor, id);
        try {
            int opened = fileImport.commit(actor, id, sheets.source(upload, new ArrayList<>(1)));
            redirect.addFlashAttribute("success", "file.import.committed");
            redirect.addFlashAttribute("successArgs", new Object[] {opened});
            return "redirect:/files";
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
            return "redirect:/files/import/" + id;
        }
    }

    static void attachment(HttpServletResponse response, String filename) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
    }
}
