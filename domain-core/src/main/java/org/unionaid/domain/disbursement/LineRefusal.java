package org.unionaid.domain.disbursement;

import java.io.Serializable;
import java.util.List;

/**
 * Why a household cannot be paid in a batch, as a message key a clerk reads in Chinese, with its values.
 * Serializable: the fill's refusals reach the batch page as a flash attribute, kept in the session table.
 */
public record LineRefusal(long fileId, String workerName, String messageKey, List<Object> arguments)
        implements Serializable {

    public LineRefusal {
        arguments = List.copyOf(arguments);
    }
}
