package org.unionaid.web.notice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.notice.NoticeRules;
import org.unionaid.domain.notice.ObjectionChannel;
import org.unionaid.domain.notice.PublicNotice;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.reporting.pdf.PdfRenderer;

/** Public notices (公示): the list, putting submitted files on a notice, the notice as posted, closing it. */
@Controller
@RequestMapping("/notices")
class NoticeController {

    /** Submitted files offered for one notice at most: a base union's notice is a short list. */
    private static final int CANDIDATES = 200;

    private final NoticeAdministration notices;
    private final FileRegistration registration;
    private final ITemplateEngine templates;
    private final Clock clock;

    NoticeController(NoticeAdministration notices, FileRegistration registration, ITemplateEngine templates,
            Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.registration = registration;
        this.templates = templates;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("notices", notices.list(actor));
        return "notices/list";
    }

    @GetMapping("/new")
    String form(Actor actor, Model model) {
        notices.requireNoticer(actor);
        model.addAttribute("candidates", registration.search(actor, new FileFilter(null, null, FileStatus.SUBMITTED),
                PageRequest.of(0, CANDIDATES, Sort.by("workerName"))).getContent());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("latestStart", today.plusDays(NoticeRules.LATEST_START_DAYS));
        model.addAttribute("minimumWorkingDays", notices.minimumWorkingDays());
        model.addAttribute("maximumWorkingDays", NoticeRules.MAXIMUM_WORKING_DAYS);
        return "notices/form";
    }

    @PostMapping
    String open(Actor actor, @RequestParam(name = "file", required = false) List<Long> fileIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(defaultValue = "0") int workingDays, @RequestParam(required = false) String postedAt,
            @RequestParam(required = false) String objectionContact, Model model, RedirectAttributes redirect) {
        try {
            PublicNotice notice = notices.open(actor, new NewNotice(fileIds, startsOn, workingDays, postedAt,
                    objectionContact));
            redirect.addFlashAttribute("success", "notice.opened");
            return "redirect:/notices/" + notice.getId();
        } catch (DomainException refusal) {
            // The form again with what was typed and the rule that refused, next to its field.
            model.addAttribute("refusal", new Refusal(refusal.messageKey(), List.of(refusal.arguments())));
            model.addAttribute("refusalField", refusal.field());
            model.addAttribute("chosen", fileIds == null ? List.of() : fileIds);
            model.addAttribute("startsOn", startsOn);
            model.addAttribute("workingDays", workingDays);
            model.addAttribute("postedAt", postedAt);
            model.addAttribute("objectionContact", objectionContact);
            return form(actor, model);
        }
    }

    /** The notice as it is posted: names and masked ID numbers only. */
    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        PublicNotice notice = notices.view(actor, id);
        model.addAttribute("notice", notice);
        List<HardshipFile> files = notices.filesOn(actor, id);
        model.addAttribute("files", files);
        model.addAttribute("names", files.stream().collect(Collectors.toMap(HardshipFile::getId,
                HardshipFile::getWorkerName)));
        model.addAttribute("ended", notices.hasEnded(notice));
        model.addAttribute("objections", notices.objectionsOn(actor, id));
        model.addAttribute("channels", ObjectionChannel.values());
        return "notices/show";
    }

    /** The same notice as an A4 PDF to print and post on the board. */
    @GetMapping(value = "/{id}/pdf")
    ResponseEntity<byte[]> print(Actor actor, @PathVariable long id, Locale locale) {
        PublicNotice notice = notices.view(actor, id);
        String page = templates.process("notices/print", new Context(locale, Map.of("notice", notice,
                "files", notices.filesOn(actor, id), "fontFamily", PdfRenderer.FONT_FAMILY)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(page, pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("notice-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.toByteArray());
    }

    @PostMapping("/{id}/objections")
    String recordObjection(Actor actor, @PathVariable long id, @RequestParam long file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) ObjectionChannel channel, @RequestParam(required = false) String content,
            RedirectAttributes redirect) {
        try {
            notices.recordObjection(actor, id, file, receivedOn, channel, content);
            redirect.addFlashAttribute("success", "objection.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/notices/" + id;
    }

    @PostMapping("/{id}/objections/{objection}")
    String decideObjection(Actor actor, @PathVariable long id, @PathVariable long objection,
            @RequestParam boolean upheld, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            notices.decideObjection(actor, objection, upheld, reason);
            redirect.addFlashAttribute("success", upheld ? "objection.upheld" : "objection.dismissed");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/notices/" + id;
    }

    @PostMapping("/{id}/close")
    String close(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            notices.close(actor, id);
            redirect.addFlashAttribute("success", "notice.closed");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/notices/" + id;
    }
}
