package org.unionaid.domain.disbursement;

import java.util.List;

/** Why a household cannot be paid in a batch, as a message key a clerk reads in Chinese, with its values. */
public record LineRefusal(long fileId, String workerName, String messageKey, List<Object> arguments) {

    public LineRefusal {
        arguments = List.copyOf(arguments);
    }
}
