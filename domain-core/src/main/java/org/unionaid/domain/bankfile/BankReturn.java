package org.unionaid.domain.bankfile;

import java.io.Serializable;
import java.time.Instant;

/** An imported return file (回盘文件) and what it settled. */
public record BankReturn(long id, long batchId, String sha256, String filename, Figure paid, Figure failed,
        int pendingCount, long importedBy, Instant importedAt) implements Serializable {
}
