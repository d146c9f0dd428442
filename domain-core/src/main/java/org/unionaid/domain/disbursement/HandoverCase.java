package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Visit;

/**
 * Everything the handover rules judge one line by.
 *
 * @param delegation the delegation (慰问团) named as handing the line over
 * @param visit      that delegation's home visit to the line's household, or {@code null} when there is none
 * @param scans      the signed roster scans kept with the batch
 * @param zone       the unions' time zone, in which a scan's upload time is a day
 */
public record HandoverCase(Batch batch, BatchLine line, Delegation delegation, Visit visit, List<Handovers.Scan> scans,
        ZoneId zone) {

    public HandoverCase {
        scans = List.copyOf(scans);
    }

    /** The day the line is handed over: the visit's. */
    public LocalDate handedOn() {
        return visit == null ? null : visit.getVisitedOn();
    }
}
