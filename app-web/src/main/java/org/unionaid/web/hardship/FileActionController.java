package org.unionaid.web.hardship;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.assistance.MeasureStatus;
import org.unionaid.domain.hardship.CategoryReview;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.tracking.IncomeTracking;

/**
 * The steps taken on a file from its page — submit, return, decide and confirm the category, confirm the
 * level, record the income check, plan and follow measures, decide an exit proposal, close — each a post
 * that comes back to the page with its outcome, a refusal naming the rule that refused.
 */
@Controller
@RequestMapping("/files")
class FileActionController {

    private final FileRegistration registration;
    private final AssistancePlanning planning;
    private final IncomeTracking incomeTracking;
    private final CategoryReview categoryReview;
    private final FileApproval approval;

    FileActionController(FileRegistration registration, AssistancePlanning planning, IncomeTracking incomeTracking,
            CategoryReview categoryReview, FileApproval approval) {
        this.registration = registration;
        this.categoryReview = categoryReview;
        this.approval = approval;
        this.planning = planning;
        this.incomeTracking = incomeTracking;
    }

    @PostMapping("/{id}/category")
    String decideCategory(Actor actor, @PathVariable long id, @RequestParam(required = false) HardshipCategory category,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return transition(id, redirect, "file.category.decided",
                () -> categoryReview.decide(actor, id, category, reason));
    }

    /** An approver of a higher union confirms a category decided above what the income supports (R-CAT-02). */
    @PostMapping("/{id}/category/confirm")
    String confirmCategory(Actor actor, @PathVariable long id, @RequestParam(required = false) String confirmation,
            RedirectAttributes redirect) {
        return transition(id, redirect, "file.category.confirmed",
                () -> categoryReview.confirm(actor, id, confirmation));
    }

    /** An approver confirms the proposed level as far as the approver's union reaches (R-LEVEL-01). */
    @PostMapping("/{id}/level/confirm")
    String confirmLevel(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return transition(id, redirect, "file.level.confirmed", () -> approval.confirmLevel(actor, id));
    }

    /** The exit proposal of an approved file is not followed, with the reason (R-PAY-10). */
    @PostMapping("/{id}/exit-proposal/reject")
    String rejectExitProposal(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return transition(id, redirect, "file.exit.rejected",
                () -> incomeTracking.rejectExitProposal(actor, id, reason));
    }

    @PostMapping("/{id}/income-check")
    String recordIncomeCheck(Actor actor, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) IncomeCheckResult result, @RequestParam(required = false) String reference,
            RedirectAttributes redirect) {
        return transition(id, redirect, "file.incomeCheck.recorded",
                () -> registration.recordIncomeCheck(actor, id, checkedOn, result, reference));
    }

    @PostMapping("/{id}/plan")
    String planMeasure(Actor actor, @PathVariable long id, @RequestParam(required = false) Need measureNeed,
            @RequestParam(required = false) String description, @RequestParam(required = false) String cadreName,
            @RequestParam(required = false) String cadrePost,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        transition(id, redirect, "measure.planned",
                () -> planning.plan(actor, id, measureNeed, description, cadreName, cadrePost, dueOn));
        return "redirect:/files/" + id + "?tab=plan";
    }

    @PostMapping("/{id}/plan/{measure}")
    String progressMeasure(Actor actor, @PathVariable long id, @PathVariable long measure,
            @RequestParam(required = false) MeasureStatus status, @RequestParam(required = false) String result,
            RedirectAttributes redirect) {
        transition(id, redirect, "measure.updated", () -> planning.progress(actor, measure, status, result));
        return "redirect:/files/" + id + "?tab=plan";
    }

    @PostMapping("/{id}/income")
    String recordIncome(Actor actor, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) String householdIncome, @RequestParam(required = false) Integer householdSize,
            RedirectAttributes redirect) {
        transition(id, redirect, "income.recorded",
                () -> incomeTracking.record(actor, id, month, householdIncome, householdSize));
        return "redirect:/files/" + id + "?tab=income";
    }

    @PostMapping("/{id}/exit")
    String exit(Actor actor, @PathVariable long id, @RequestParam(required = false) ExitReason exitReason,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return transition(id, redirect, "file.exited", () -> registration.exit(actor, id, exitReason, note));
    }

    @PostMapping("/{id}/cancel")
    String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return transition(id, redirect, "file.cancelled", () -> registration.cancel(actor, id, note));
    }

    @PostMapping("/{id}/submit")
    String submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return transition(id, redirect, "file.submitted", () -> registration.submit(actor, id));
    }

    @PostMapping("/{id}/return")
    String returnToClerk(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return transition(id, redirect, "file.returned", () -> registration.returnToClerk(actor, id, reason));
    }

    private static String transition(long id, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/files/" + id;
    }
}
