package org.unionaid.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.notice.Objection;
import org.unionaid.domain.notice.ObjectionChannel;
import org.unionaid.domain.notice.PublicNotice;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.MovableClock;
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

    @Autowired
    MovableClock movable;

    /** Filed and submitted on Monday 9 February 2026, before any notice of these tests is posted. */
    private HardshipFile submitted(String name, String id) {
        try (MovableClock.Moved filed = movable.moveTo(LocalDate.of(2026, 2, 9))) {
            HardshipFile file = registration.open(demo.actor("clerk"),
                    new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), name, id, List.of()));
            return registration.submit(demo.actor("clerk"), file.getId());
        }
    }

    private NewNotice notice(LocalDate startsOn, int days, HardshipFile... files) {
        return new NewNotice(List.of(files).stream().map(HardshipFile::getId).toList(), startsOn, days,
                "公司一楼公告栏", "工会办公室 李娜 0571-87000000");
    }

    /** A notice posted on Wednesday 11 February 2026 for five working days from the next day. */
    private PublicNotice beforeTheFestival(HardshipFile... files) {
        try (MovableClock.Moved posted = movable.moveTo(LocalDate.of(2026, 2, 11))) {
            return notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 2, 12), 5, files));
        }
    }

    // R-NOTICE-03, R-CAL-01
    // R-NOTICE-01, R-NOTICE-02, R-NOTICE-04
    // R-CAL-01
    // R-NOTICE-05
    @Test
    void aNoticeOverNationalDayEndsOnTheNinthOfOctoberCountedOnTheShippedCalendar() {
        HardshipFile file = submitted("国庆甲", TestIds.next());
        try (MovableClock.Moved posted = movable.moveTo(LocalDate.of(2026, 9, 25))) {
            // Mon 28, Tue 29, Wed 30 September; 1–7 October off (国庆); Thu 8, Fri 9. Sat 10 is worked (调休)
            // but the five days are already counted.
            PublicNotice notice = notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 9, 28), 5, file));
            assertThat(notice.getEndsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        }
    }

    @Test
    void aNoticeDatedBeforeItsPostingTooFarAheadOrAbsurdlyLongIsRefusedWithItsRule() throws Exception {
        HardshipFile file = submitted("公示期甲", TestIds.next());
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(today.minusDays(21), 5, file)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("notice.start.beforePosting");
                    assertThat(e.field()).isEqualTo("startsOn");
                });
        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(today.plusDays(31), 5, file)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.start.tooLate"));
        assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(today, 400, file)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.workingDays.maximum"));
        // Through the form, as the reviewer would: the page says which rule refused, the file stays submitted.
        mvc.perform(post("/notices").with(demo.as("reviewer")).with(csrf()).param("file", String.valueOf(file.getId()))
                .param("startsOn", today.minusDays(21).toString()).param("workingDays", "5")
                .param("postedAt", "公告栏").param("objectionContact", "工会办公室"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公示不能早于张贴当日开始")));
        assertThat(registration.view(demo.actor("reviewer"), file.getId()).getStatus()).isEqualTo(FileStatus.SUBMITTED);
    }

    @Test
    void aNoticePostedTodayWhosePeriodTouchesAnUnconfirmedYearIsRefusedNamingTheYear() {
        HardshipFile file = submitted("跨年甲", TestIds.next());
        // Posted on the 24th of December: five working days run into 2027, whose holidays nobody confirmed yet.
        try (MovableClock.Moved posted = movable.moveTo(LocalDate.of(2026, 12, 24))) {
            assertThatThrownBy(() -> notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 12, 28), 5, file)))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("notice.calendar.unconfirmed");
                        assertThat(e.arguments()).containsExactly("2027");
                    });
            assertThat(notices.open(demo.actor("reviewer"), notice(LocalDate.of(2026, 12, 24), 5, file)).getEndsOn())
                    .as("within 2026").isEqualTo(LocalDate.of(2026, 12, 30));
        }
    }

    @Test
    void aNoticeOverTheSpringFestivalRunsFiveWorkingDaysAndShowsOnlyMaskedNumbers() throws Exception {
        String firstId = TestIds.next();
        HardshipFile first = submitted("公示甲", firstId);
        HardshipFile second = submitted("公示乙", TestIds.next());

        PublicNotice notice = beforeTheFestival(first, second);

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
    void theNoticePdfCarriesTheNamesAndMaskedNumbersAsSearchableTextAndNoFullNumber() throws Exception {
        String firstId = TestIds.next();
        HardshipFile first = submitted("金工甲", firstId);
        HardshipFile second = submitted("公示辛", TestIds.next());
        PublicNotice notice = beforeTheFestival(first, second);

        MockHttpServletResponse response = mvc.perform(get("/notices/{id}/pdf", notice.getId())
                .with(demo.as("reviewer"))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("金工甲", "公示辛", firstId.substring(0, 6) + "********" + firstId.substring(14),
                    "2026-02-25", "工会办公室李娜").doesNotContain(firstId);
        }
        mvc.perform(get("/notices/{id}/pdf", notice.getId()).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEndedNoticeIsClosedAndItsFilesWaitForApprovalButARunningOneIsNot() {
        HardshipFile ended = submitted("公示丙", TestIds.next());
        HardshipFile running = submitted("公示丁", TestIds.next());
        PublicNotice past = beforeTheFestival(ended);
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

    @Test
    void anUpheldObjectionReturnsTheFileAndAnOpenOneKeepsItFromApproval() throws Exception {
        HardshipFile upheld = submitted("异议甲", TestIds.next());
        HardshipFile pending = submitted("异议乙", TestIds.next());
        HardshipFile dismissed = submitted("异议丙", TestIds.next());
        PublicNotice notice = beforeTheFestival(upheld, pending, dismissed);
        LocalDate during = LocalDate.of(2026, 2, 13);

        mvc.perform(post("/notices/{id}/objections", notice.getId()).with(demo.as("reviewer")).with(csrf())
                .param("file", String.valueOf(upheld.getId())).param("receivedOn", during.toString())
                .param("channel", "LETTER").param("content", "该职工家中有两套住房"))
                .andExpect(status().is3xxRedirection());
        Objection against = notices.objectionsOn(demo.actor("reviewer"), notice.getId()).get(0);
        notices.decideObjection(demo.actor("reviewer"), against.getId(), true, "经核实拥有两套住房");
        HardshipFile returned = registration.view(demo.actor("reviewer"), upheld.getId());
        assertThat(returned.getStatus()).isEqualTo(FileStatus.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("经核实拥有两套住房");

        notices.recordObjection(demo.actor("reviewer"), notice.getId(), pending.getId(), during,
                ObjectionChannel.PHONE, "收入情况不实");
        Objection toDismiss = notices.recordObjection(demo.actor("reviewer"), notice.getId(), dismissed.getId(), during,
                ObjectionChannel.IN_PERSON, "怀疑有隐瞒收入");
        assertThatThrownBy(() -> notices.recordObjection(demo.actor("reviewer"), notice.getId(), pending.getId(),
                LocalDate.of(2026, 3, 2), ObjectionChannel.PHONE, "逾期异议"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("objection.outsidePeriod"));
        notices.close(demo.actor("reviewer"), notice.getId());
        assertThat(registration.view(demo.actor("reviewer"), pending.getId()).getStatus())
                .isEqualTo(FileStatus.IN_NOTICE);

        notices.decideObjection(demo.actor("reviewer"), toDismiss.getId(), false, "经入户核实，收入属实");
        assertThat(registration.view(demo.actor("reviewer"), dismissed.getId()).getStatus())
                .isEqualTo(FileStatus.NOTICE_PASSED);
        assertThat(registration.view(demo.actor("reviewer"), pending.getId()).getStatus())
                .isEqualTo(FileStatus.IN_NOTICE);
        assertThat(mvc.perform(get("/notices/{id}", notice.getId()).with(demo.as("reviewer"))).andReturn()
                .getResponse().getContentAsString()).contains("该职工家中有两套住房", "经核实拥有两套住房", "异议成立（退回）");
    }
}
