package org.unionaid.domain.notice;

import java.time.LocalDate;
import java.util.List;

/** What a reviewer enters to put files on a public notice. */
public record NewNotice(List<Long> fileIds, LocalDate startsOn, int workingDays, String postedAt,
        String objectionContact) {

    public NewNotice {
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }
}
