package org.unionaid.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.notice.PublicNotice;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class NoticeTest {

    @Autowired
    NoticeAdministration notices;

    @Autowired
    FileRegistration registration;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    private HardshipFile submitted(String name, String id) {
        HardshipFile file = registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), name, id, List.of()));
        return registration.submit(demo.actor("clerk"), file.getId());
    }

    private NewNotice notice(LocalDate startsOn, int days, HardshipFile... files) {
        return new NewNotice(List.of(files).stream().map(HardshipFile::getId).toList(), startsOn, days,
                "公司一楼公告栏", "工会办公室 李娜 0571-87000000");
    }

    @Test
    void aNoticeOverTheSpringFestivalRunsFiveWorkingDaysAndShowsOnlyMaskedNumbers() throws Exception {
        String firstId = TestIds.next();
        HardshipFile first = submitted("公示甲", firstId);
        HardshipFile second = submitted("公示乙", TestIds.next());

        PublicNotice notice = notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 2, 12), 5, first, second));

        // Thu 12, Fri 13, Sat 14 (worked, 调休), the festival off, Tue 24, Wed 25.
        assertThat(notice.getEndsOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(registration.view(demo.actor("reviewer"), first.getId()).getStatus()).isEqualTo(FileStatus.IN_NOTICE);
        assertThat(registration.history(demo.actor("reviewer"), first.getId()).get(0).event())
                .isEqualTo(FileEvent.NOTICE_STARTED);
        String page = mvc.perform(get("/notices/{id}", notice.getId()).with(demo.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("公示甲", "公示乙", firstId.substring(0, 6) + "********" + firstId.substring(14),
                "2026-02-25", "工会办公室 李娜").doesNotContain(firstId);
    }

    @Test
    void anEndedNoticeIsClosedAndItsFilesWaitForApprovalButARunningOneIsNot() {
        HardshipFile ended = submitted("公示丙", TestIds.next());
        HardshipFile running = submitted("公示丁", TestIds.next());
        PublicNotice past = notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 2, 12), 5, ended));
        PublicNotice current = notices.open(demo.actor("reviewer"), notice(LocalDate.now(clock), 5, running));

        notices.close(demo.actor("reviewer"), past.getId());

        assertThat(registration.view(demo.actor("reviewer"), ended.getId()).getStatus())
                .isEqualTo(FileStatus.NOTICE_PASSED);
        assertThatThrownBy(() -> notices.close(demo.actor("reviewer"), current.getId()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.notEnded"));
        assertThatThrownBy(() -> notices.close(demo.actor("reviewer"), past.getId()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.alreadyClosed"));
    }

    @Test
    void aShortNoticeADraftAndAnotherSubtreesFileAreRefused() throws Exception {
        HardshipFile file = submitted("公示戊", TestIds.next());
        HardshipFile draft = registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "公示己", TestIds.next(), List.of()));
        HardshipFile elsewhere = registration.submit(demo.actor("admin", Role.CLERK), registration.open(
                demo.actor("admin", Role.CLERK), new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "公示庚",
                        TestIds.next(), List.of())).getId());

        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(LocalDate.now(clock), 4, file)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("workingDays"));
        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(LocalDate.now(clock), 5, draft)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));
        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(LocalDate.now(clock), 5, elsewhere)))
                .isInstanceOf(OutsideScopeException.class);
        mvc.perform(post("/notices").with(demo.as("clerk")).with(csrf()).param("file", String.valueOf(file.getId()))
                .param("startsOn", LocalDate.now(clock).toString()).param("workingDays", "5")
                .param("postedAt", "公告栏").param("objectionContact", "工会办公室"))
                .andExpect(status().isForbidden());
    }
}
