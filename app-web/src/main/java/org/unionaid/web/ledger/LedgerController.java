package org.unionaid.web.ledger;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.ledger.BalanceTable;
import org.unionaid.domain.ledger.EntryDetails;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerInspection;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.security.Actor;

/**
 * The ledger (台账) of a union in the reader's subtree: its balances, its subtree's money by source,
 * its postings page by page (each described in words with its document), an entry with all its lines, and the
 * chain verification.
 */
@Controller
@RequestMapping("/ledger")
class LedgerController {

    static final int PAGE_SIZE = 50;

    private final LedgerInspection inspection;
    private final LedgerDocuments documents;

    LedgerController(LedgerInspection inspection, LedgerDocuments documents) {
        this.inspection = inspection;
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
        model.addAttribute("balances", inspection.balances(actor, id));
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

    @PostMapping("/verify")
    String verify(Actor actor, @RequestParam long union, RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", ChainCheck.of(inspection.verify(actor, union)));
        redirect.addAttribute("union", union);
        return "redirect:/ledger#verification";
    }

    @GetMapping("/entries/{id}")
    String entry(Actor actor, @PathVariable long id, Model model) {
        EntryDetails details = inspection.entry(actor, id);
        model.addAttribute("details", details);
        model.addAttribute("labels", documents.labels(List.of(details.header().document())));
        return "ledger/entry";
    }
}
