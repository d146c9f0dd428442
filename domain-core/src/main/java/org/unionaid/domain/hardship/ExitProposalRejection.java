package org.unionaid.domain.hardship;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.unionaid.domain.shared.DomainException;

/**
 * R-PAY-10 — the last decision not to follow an exit proposal: the six months from {@code window} were above
 * 低保, and a person wrote why the household stays (e.g. the income was a one-off). Empty until such a decision.
 */
@Embeddable
public class ExitProposalRejection {

    @Column(name = "exit_rejected_window")
    private LocalDate window;

    @Column(name = "exit_rejected_reason")
    private String reason;

    protected ExitProposalRejection() {
        // for JPA, and "none"
    }

    static ExitProposalRejection none() {
        return new ExitProposalRejection();
    }

    /** The proposal of the six months from {@code window} is not followed, for {@code reason} (required). */
    static ExitProposalRejection of(LocalDate window, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "file.exit.rejectionReason");
        }
        ExitProposalRejection rejection = new ExitProposalRejection();
        rejection.window = window;
        rejection.reason = reason.strip();
        return rejection;
    }

    public LocalDate getWindow() {
        return window;
    }

    public String getReason() {
        return reason;
    }
}
