package org.unionaid.domain.hardship;

import java.time.Instant;

/** One row of the file list: what a list may show, with the ID number masked. */
public record FileSummary(long id, String workerName, String maskedWorkerId, String unionName, int householdSize,
        HardshipCategory category, FileStatus status, Instant updatedAt) {

    /** The category as decided by the reviewer, else as suggested. */
    public static FileSummary of(HardshipFile file) {
        HardshipCategory category = file.getConfirmedCategory() != null ? file.getConfirmedCategory()
                : file.getSuggestedCategory();
        return new FileSummary(file.getId(), file.getWorkerName(), file.getWorkerId().masked(),
                file.getOrganisation().getName(), file.people().size(), category, file.getStatus(),
                file.getUpdatedAt());
    }
}
