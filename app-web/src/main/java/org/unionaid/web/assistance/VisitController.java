package org.unionaid.web.assistance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.assistance.PhotoUpload;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.DisplayFormats;

/** Visits (走访慰问): to a file's household, to a group at their post, and the coverage of a period. */
@Controller
class VisitController {

    /** The period shown unless asked otherwise: the last three months, a campaign's usual span. */
    private static final int DEFAULT_DAYS = 90;

    private final Visiting visiting;

    VisitController(Visiting visiting) {
        this.visiting = visiting;
    }

    @GetMapping("/visits")
    String coverage(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate until = to == null ? LocalDate.now(DisplayFormats.ZONE) : to;
        LocalDate since = from == null ? until.minusDays(DEFAULT_DAYS) : from;
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        model.addAttribute("coverage", visiting.coverage(actor, since, until));
        model.addAttribute("notVisited", visiting.notVisited(actor, since, until));
        model.addAttribute("byUnion", visiting.coverageByChild(actor, since, until));
        model.addAttribute("listed", Visiting.NOT_VISITED_LISTED);
        model.addAttribute("kinds", VisitKind.values());
        List<Visit> groupVisits = visiting.recentGroupVisits(actor);
        model.addAttribute("groupVisits", groupVisits);
        model.addAttribute("photos", visiting.photosOf(groupVisits));
        return "visits/coverage";
    }

    @PostMapping("/visits/group")
    String groupVisit(Actor actor, @RequestParam(required = false) String groupDescription,
            @RequestParam(required = false) Integer peopleCount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) VisitKind kind, @RequestParam(required = false) String visitors,
            @RequestParam(required = false) String given, @RequestParam(required = false) String notes,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect)
            throws IOException {
        try {
            visiting.toGroup(actor, groupDescription, peopleCount, visitedOn, kind, visitors, given, notes,
                    uploads(photos));
            redirect.addFlashAttribute("success", "visit.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/visits";
    }

    @PostMapping("/files/{id}/visits")
    String fileVisit(Actor actor, @PathVariable long id, @RequestParam(required = false) Long delegation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) VisitKind kind, @RequestParam(required = false) String visitors,
            @RequestParam(required = false) String given, @RequestParam(required = false) String notes,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect)
            throws IOException {
        try {
            visiting.toFile(actor, id, delegation, visitedOn, kind, visitors, given, notes, uploads(photos));
            redirect.addFlashAttribute("success", "visit.recorded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/files/" + id + "?tab=plan";
    }

    /** A photo shown in the page: its type was proven by its first bytes when it was stored. */
    @GetMapping("/visits/photos/{id}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long id) {
        Visiting.Photo photo = visiting.photo(actor, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.photo().contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(photo.photo().filename(), StandardCharsets.UTF_8).build().toString())
                .body(photo.content());
    }

    private static List<PhotoUpload> uploads(List<MultipartFile> photos) throws IOException {
        List<PhotoUpload> uploads = new ArrayList<>();
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                uploads.add(new PhotoUpload(photo.getOriginalFilename(), photo.getBytes()));
            }
        }
        return uploads;
    }
}
