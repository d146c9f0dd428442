package org.unionaid.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.reference.CalendarAdministration;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CalendarAdministration calendar;

    @Test
    void theTopAdminMarksAWorkedWeekendAndWorkingDaysCountIt() throws Exception {
        LocalDate saturday = LocalDate.of(2030, 10, 12);
        assertThat(calendar.workingDaysFrom(saturday, 1).isWorkingDay(saturday)).isFalse();

        mvc.perform(post("/admin/calendar").with(demo.as("admin")).with(csrf())
                .param("day", saturday.toString()).param("kind", "WORKDAY").param("name", "国庆节调休上班"))
                .andExpect(status().is3xxRedirection());

        assertThat(calendar.workingDaysFrom(saturday, 1).isWorkingDay(saturday)).isTrue();
        mvc.perform(get("/admin/calendar").param("year", "2030").with(demo.as("admin")))
                .andExpect(content().string(containsString("国庆节调休上班")))
                .andExpect(content().string(containsString("星期六")));
        assertThat(demo.lastAuditDetail("admin", "REFERENCE_DATA_CHANGE")).isEqualTo("WORKDAY 国庆节调休上班");
    }

    @Test
    void onlyTheTopUnionsAdminMayChangeTheCalendar() throws Exception {
        mvc.perform(post("/admin/calendar").with(demo.as("xihu.admin")).with(csrf())
                .param("day", "2030-10-13").param("kind", "HOLIDAY").param("name", "自定假日"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(demo.as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").param("year", "2026").with(demo.as("xihu.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("春节调休上班")));
    }
}
