package org.unionaid.web.disbursement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.unionaid.domain.disbursement.LineRefusal;

/**
 * A file the fill refused, carried to the batch page after the redirect. Flash attributes live in the
 * HTTP session, which is serialised into PostgreSQL (any node may serve the next request), so they hold
 * plain values only.
 */
record RefusedLine(String workerName, String messageKey, List<Object> arguments) implements Serializable {

    static List<RefusedLine> of(List<LineRefusal> refusals) {
        return new ArrayList<>(refusals.stream()
                .map(r -> new RefusedLine(r.workerName(), r.messageKey(), new ArrayList<>(r.arguments()))).toList());
    }
}
