package org.unionaid.web.assistance;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.domain.assistance.OfflineKey;
import org.unionaid.domain.assistance.OfflineOutcome;
import org.unionaid.domain.assistance.OfflineVisit;
import org.unionaid.domain.assistance.OfflineVisiting;
import org.unionaid.domain.assistance.PhotoUpload;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * Visits offline (issue 22): the page a cadre installs on a phone, the key it encrypts with, the list it takes
 * along, and the visits it sends when a signal returns. Answers of the API are JSON and never cached; a key that
 * expired is answered 401 with {@code EXPIRED}, upon which the phone wipes what it holds.
 */
@Controller
class OfflineVisitController {

    /** The header naming the key the phone holds. */
    static final String KEY_HEADER = "X-Offline-Key";

    private final OfflineVisiting offline;
    private final MessageSource messages;
    private final Clock clock;

    OfflineVisitController(OfflineVisiting offline, MessageSource messages, Clock clock) {
        this.offline = offline;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/offline/visits")
    String page(Actor actor, Model model) {
        OfflineVisiting.requireRecorder(actor);
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("maxPhotos", Visiting.MAX_PHOTOS - 1);
        return "offline/visits";
    }

    @GetMapping("/offline/visits/key")
    ResponseEntity<Map<String, Object>> key(Actor actor, @RequestHeader(name = KEY_HEADER, required = false) String held,
            CsrfToken csrf, Locale locale) {
        try {
            OfflineKey key = offline.key(actor, uuid(held));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("keyId", key.id().toString());
            body.put("key", Base64.getEncoder().encodeToString(key.secret()));
            body.put("expiresAt", key.expiresAt().toString());
            // The server's time: the phone's clock may be off, and the expiry and "today" are the server's.
            body.put("now", clock.millis());
            if (csrf != null) {
                body.put("csrfHeader", csrf.getHeaderName());
                body.put("csrfToken", csrf.getToken());
            }
            return json(HttpStatus.OK, body);
        } catch (DomainException refusal) {
            return refused(refusal, locale);
        }
    }

    @GetMapping("/offline/visits/list")
    ResponseEntity<Map<String, Object>> list(Actor actor,
            @RequestHeader(name = KEY_HEADER, required = false) String held, Locale locale) {
        try {
            offline.requireKey(actor, uuid(held));
            List<Map<String, Object>> households = offline.list(actor).stream().map(h -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("fileId", h.fileId());
                row.put("version", h.version());
                row.put("name", h.workerName());
                row.put("address", h.address());
                row.put("idMasked", h.idMasked());
                row.put("cardMasked", h.cardMasked());
                return row;
            }).toList();
            return json(HttpStatus.OK, Map.of("households", households));
        } catch (DomainException refusal) {
            return refused(refusal, locale);
        }
    }

    /** One visit, sent once or again: the outcome the first sending had (R-VISIT-01, R-VISIT-02). */
    @PostMapping("/offline/visits")
    ResponseEntity<Map<String, Object>> submit(Actor actor,
            @RequestHeader(name = KEY_HEADER, required = false) String held,
            @RequestParam(required = false) UUID idempotencyKey, @RequestParam(required = false) Long fileId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) VisitKind kind, @RequestParam(required = false) String visitors,
            @RequestParam(required = false) String cash, @RequestParam(required = false) String goods,
            @RequestParam(required = false) String notes,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(name = "signature", required = false) MultipartFile signature, Locale locale)
            throws IOException {
        try {
            offline.requireKey(actor, uuid(held));
            OfflineOutcome outcome = offline.submit(actor, new OfflineVisit(idempotencyKey, fileId, visitedOn, kind,
                    visitors, cash, goods, notes, uploads(photos),
                    signature == null || signature.isEmpty() ? null : signature.getBytes()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", String.valueOf(idempotencyKey));
            body.put("outcome", outcome.kind().name());
            body.put("replay", outcome.replay());
            if (outcome.kind() == OfflineOutcome.Kind.RECORDED) {
                body.put("visitId", outcome.visitId());
                return json(HttpStatus.OK, body);
            }
            body.put("reasonKey", outcome.reasonKey());
            body.put("reason", messages.getMessage(outcome.reasonKey(), outcome.reasonArgs().toArray(), locale));
            return json(HttpStatus.CONFLICT, body);
        } catch (DomainException refusal) {
            return refused(refusal, locale);
        }
    }

    /** A refusal not kept under a key: an expired key (401, the phone wipes), or a visit that cannot be read. */
    private ResponseEntity<Map<String, Object>> refused(DomainException refusal, Locale locale) {
        boolean expired = OfflineVisiting.KEY_EXPIRED.equals(refusal.messageKey());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", expired ? "EXPIRED" : OfflineOutcome.Kind.REFUSED.name());
        body.put("reasonKey", refusal.messageKey());
        body.put("reason", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        return json(expired ? HttpStatus.UNAUTHORIZED : HttpStatus.CONFLICT, body);
    }

    private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
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
