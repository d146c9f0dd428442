package org.unionaid.domain.workpaper;

import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;

/** One drawn record: a paid line (with its amount) or a file (with its category), its worker and union. */
public record SampleItem(int position, RecordRef record, String workerName, String unionName, Money amount,
        HardshipCategory category) {
}
