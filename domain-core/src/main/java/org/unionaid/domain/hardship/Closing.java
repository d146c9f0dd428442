package org.unionaid.domain.hardship;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.shared.DomainException;

/**
 * How a file was closed: 已脱困 with its reason, or 已注销; the note written at closing and the day. Closed
 * files are kept (DOMAIN §3: ten years) and can receive nothing more.
 */
@Embeddable
public class Closing {

    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;

    private String closingNote;

    private LocalDate closedOn;

    protected Closing() {
        // for JPA, and "open"
    }

    static Closing open() {
        return new Closing();
    }

    /** Closed on {@code today} with the note (required) and, for an exit, its reason. */
    static Closing on(LocalDate today, String note, ExitReason reason) {
        if (note == null || note.isBlank()) {
            throw DomainException.onField("closingNote", "file.close.noteRequired");
        }
        Closing closing = new Closing();
        closing.exitReason = reason;
        closing.closingNote = note.strip();
        closing.closedOn = today;
        return closing;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
