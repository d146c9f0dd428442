package org.unionaid.web.anomaly;

import java.math.BigDecimal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.anomaly.Threshold;
import org.unionaid.domain.anomaly.ThresholdAdministration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** The thresholds of the anomaly rules: read by auditors and administrators, changed at the top union (R-AUDIT-03). */
@Controller
class ThresholdController {

    private final ThresholdAdministration thresholds;

    ThresholdController(ThresholdAdministration thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/audit/settings")
    String list(Actor actor, Model model) {
        model.addAttribute("current", thresholds.current(actor));
        model.addAttribute("history", thresholds.history(actor));
        model.addAttribute("thresholds", Threshold.values());
        model.addAttribute("mayChange", ThresholdAdministration.mayChange(actor));
        return "audit/settings";
    }

    @PostMapping("/audit/settings")
    String change(Actor actor, @RequestParam Threshold threshold, @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            BigDecimal number;
            try {
                number = new BigDecimal(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                throw new DomainException("audit.threshold.outOfRange", threshold.minimum().toPlainString(),
                        threshold.maximum().toPlainString());
            }
            thresholds.change(actor, threshold, number, reason);
            redirect.addFlashAttribute("success", "audit.threshold.changed");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
            redirect.addFlashAttribute("errorArgs", refused.arguments());
        }
        return "redirect:/audit/settings";
    }
}
