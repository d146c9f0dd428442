package org.unionaid.domain.disbursement;

import java.io.Serializable;
import java.util.List;

import org.unionaid.domain.shared.Refusal;

/**
 * Why a payee cannot be paid in a batch, as a message key a clerk reads in Chinese, with its values: a household
 * ({@code fileId}), or a named recipient ({@code recipientId}, with {@code fileId} 0, which no file has).
 * Serializable: the fill's refusals reach the batch page as a flash attribute, kept in the session table.
 */
public record LineRefusal(long fileId, String workerName, String messageKey, List<Object> arguments,
        Long recipientId) implements Serializable {

    public LineRefusal {
        arguments = List.copyOf(arguments);
    }

    /** A household refused. */
    public LineRefusal(long fileId, String workerName, String messageKey, List<Object> arguments) {
        this(fileId, workerName, messageKey, arguments, null);
    }

    static LineRefusal named(long recipientId, String name, Refusal refusal) {
        return new LineRefusal(0, name, refusal.messageKey(), refusal.arguments(), recipientId);
    }
}
