package org.unionaid.web.hardship;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.tracking.IncomeTracking;

/**
 * The work lists of approved files that wait for someone: one page ({@code files/work-list}), named by
 * {@code workList}, the stem of its message keys (file.due.title, file.exitCandidates.none, …).
 */
@Controller
@RequestMapping("/files")
class FileWorkListController {

    private static final String PAGE = "files/work-list";

    private final FileRegistration registration;
    private final IncomeTracking incomeTracking;

    FileWorkListController(FileRegistration registration, IncomeTracking incomeTracking) {
        this.registration = registration;
        this.incomeTracking = incomeTracking;
    }

    /** Approved files of the subtree due for their yearly re-verification, oldest first. */
    @GetMapping("/due")
    String due(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", registration.dueForReverification(actor, pageable));
        model.addAttribute("filterQuery", "");
        return workList("due", "/files/due", model);
    }

    /** Approved files whose income per head has stayed above 低保 long enough to propose their exit. */
    @GetMapping("/exit-candidates")
    String exitCandidates(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", incomeTracking.exitCandidates(actor, pageable));
        model.addAttribute("windowStart", incomeTracking.exitWindowStart());
        model.addAttribute("windowEnd", incomeTracking.exitWindowStart().plusMonths(IncomeTracking.MONTHS_ABOVE_FOR_EXIT - 1));
        model.addAttribute("filterQuery", "");
        return workList("exitCandidates", "/files/exit-candidates", model);
    }

    private static String workList(String name, String path, Model model) {
        model.addAttribute("workList", name);
        model.addAttribute("workListPath", path);
        return PAGE;
    }
}
