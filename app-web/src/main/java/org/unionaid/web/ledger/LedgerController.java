package org.unionaid.web.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.BalanceTable;
import org.unionaid.domain.ledger.EntryDetails;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerCheckReport;
import org.unionaid.domain.ledger.LedgerCheckpointing;
import org.unionaid.domain.ledger.LedgerInspection;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.DisplayFormats;

/**
 * The ledger (台账) of a union in the reader's subtree: its balances, its subtree's money by source,
 * its postings page by page (each described in words with its document), an entry with all its lines, the ledger
 * check, and the checkpoints.
 */
@Controller
@RequestMapping("/ledger")
class LedgerController {

    static final int PAGE_SIZE = 50;

    /** A checkpoint file is a few lines per union; a province's is well under this. */
    private static final long CHECKPOINT_MAX_BYTES = 10L * 1024 * 1024;

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final LedgerInspection inspection;
    private final LedgerCheckpointing checkpoints;
    private final LedgerDocuments documents;

    LedgerController(LedgerInspection inspection, LedgerCheckpointing checkpoints, LedgerDocuments documents) {
        this.inspection = inspection;
        this.checkpoints = checkpoints;
        this.documents = documents;
    }

    @GetMapping
    String overview(Actor actor, LedgerQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        Organisation union = inspection.union(actor, query.union());
        if (query.datesReversed()) {
            model.addAttribute("error", "ledger.filter.datesReversed");
            query = query.withoutDates();
        }
        long id = union.getId();
        BalanceTable subtree = inspection.subtreeBalances(actor, id);
        model.addAttribute("union", union);
        model.addAttribute("query", query);
        model.addAttribute("unions", inspection.unions(actor));
        BalanceTable balances = inspection.balances(actor, id);
        model.addAttribute("balances", balances);
        model.addAttribute("campaignNames", inspection.campaignNames(
                balances.rows().stream().map(BalanceRow::campaignId).toList()));
        model.addAttribute("subtree", subtree);
        model.addAttribute("chart", AvailableChart.of(subtree));
        Page<Posting> postings = inspection.postings(actor, id, query.filter(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("page", postings);
        model.addAttribute("labels", documents.labels(postings.map(p -> p.entry().document()).toList()));
        model.addAttribute("filterQuery", query.linkParameters(id));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("kinds", EntryKind.values());
        return "ledger/overview";
    }

    /** R-LEDGER-04 — the ledger check of one union: chain, balances, entries and anchored heads. */
    @PostMapping("/verify")
    String verify(Actor actor, @RequestParam long union, RedirectAttributes redirect) {
        String name = inspection.union(actor, union).getName();
        LedgerCheckReport report = inspection.verify(actor, union);
        redirect.addFlashAttribute("verification", LedgerCheckView.of(report, name, inspection.campaignNames(
                report.balances().stream().map(d -> d.account().campaignId()).toList())));
        redirect.addAttribute("union", union);
        return "redirect:/ledger#verification";
    }

    /** R-LEDGER-07 — the sealed checkpoint of the reader's subtree, to keep outside the database. */
    @GetMapping("/checkpoint")
    ResponseEntity<byte[]> checkpoint(Actor actor) {
        byte[] file = checkpoints.issue(actor);
        String name = "ledger-checkpoint-" + LocalDateTime.now(DisplayFormats.ZONE).format(FILE_TIME) + ".txt";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(file);
    }

    /** R-LEDGER-07 — a kept checkpoint file held against the database; refusals are shown on the page. */
    @PostMapping("/checkpoint/verify")
    String verifyCheckpoint(Actor actor, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long union, RedirectAttributes redirect) throws IOException {
        if (union != null) {
            redirect.addAttribute("union", union);
        }
        try {
            if (file == null || file.isEmpty() || file.getSize() > CHECKPOINT_MAX_BYTES) {
                throw new DomainException("ledger.checkpoint.invalid");
            }
            redirect.addFlashAttribute("checkpoint", CheckpointView.of(checkpoints.verify(actor, file.getBytes())));
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("checkpointError", refusal.messageKey());
            redirect.addFlashAttribute("checkpointErrorArgs", refusal.arguments());
        }
        return "redirect:/ledger#checkpoint";
    }

    @GetMapping("/entries/{id}")
    String entry(Actor actor, @PathVariable long id, Model model) {
        EntryDetails details = inspection.entry(actor, id);
        model.addAttribute("details", details);
        model.addAttribute("labels", documents.labels(List.of(details.header().document())));
        return "ledger/entry";
    }
}
