package org.unionaid.domain.hardship;

import java.time.Instant;

/** One row of the file list: what a list may show, with the ID number masked. */
public record FileSummary(long id, String workerName, String maskedWorkerId, String unionName, int householdSize,
        FileStatus status, Instant updatedAt) {

    static FileSummary of(HardshipFile file) {
        return new FileSummary(file.getId(), file.getWorkerName(), file.getWorkerId().masked(),
                file.getOrganisation().getName(), file.people().size(), file.getStatus(), file.getUpdatedAt());
    }
}
