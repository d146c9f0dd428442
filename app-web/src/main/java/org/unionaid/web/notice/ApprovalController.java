package org.unionaid.web.notice;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/**
 * Approval (审批) of files whose public notice passed: each listed with what still blocks it, only those
 * this approver may approve offered; several at once, each judged on its own and a refused one named with
 * the rule that refused it.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

    private final FileApproval approval;

    ApprovalController(FileApproval approval) {
        this.approval = approval;
    }

    @GetMapping
    String list(Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", approval.waiting(actor, pageable));
        model.addAttribute("filterQuery", "");
        return "approvals/list";
    }

    @PostMapping
    String approve(Actor actor, @RequestParam(name = "file", required = false) List<Long> fileIds,
            RedirectAttributes redirect) {
        List<Long> chosen = fileIds == null ? List.of() : fileIds;
        Map<Long, Refusal> refused = approval.approve(actor, chosen);
        redirect.addFlashAttribute("success", "approval.done");
        redirect.addFlashAttribute("successArgs", new Object[] {chosen.size() - refused.size()});
        redirect.addFlashAttribute("refused", refused);
        return "redirect:/approvals";
    }

    @PostMapping("/{id}/return")
    String returnToClerk(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            approval.returnToClerk(actor, id, reason);
            redirect.addFlashAttribute("success", "file.returned");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/approvals";
    }
}
