package org.unionaid.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class DashboardTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    FileRegistration registration;

    @Autowired
    DemoUsers demo;

    private long tile(String login, String key) {
        return dashboard.of(demo.actor(login)).tiles().stream().filter(t -> t.labelKey().equals(key))
                .mapToLong(Dashboard.Tile::count).findFirst().orElseThrow();
    }

    @Test
    void aSubmittedFileWaitsOnTheReviewersDashboardAndLeavesTheClerksDrafts() {
        long drafts = tile("clerk", "dashboard.tile.files.DRAFT");
        long toReview = tile("reviewer", "dashboard.tile.files.SUBMITTED");
        long active = tile("auditor", "dashboard.tile.activeFiles");

        var file = registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "许军", TestIds.next(), List.of()));
        assertThat(tile("clerk", "dashboard.tile.files.DRAFT")).isEqualTo(drafts + 1);

        registration.submit(demo.actor("clerk"), file.getId());
        assertThat(tile("clerk", "dashboard.tile.files.DRAFT")).isEqualTo(drafts);
        assertThat(tile("reviewer", "dashboard.tile.files.SUBMITTED")).isEqualTo(toReview + 1);
        assertThat(tile("auditor", "dashboard.tile.activeFiles")).isEqualTo(active + 1);
        assertThat(tile("yuhang.admin", "dashboard.tile.activeFiles")).as("another subtree").isZero();
    }
}
