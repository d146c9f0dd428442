package org.unionaid.web.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitPhoto;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class VisitPhotosTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7 not a photo".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Visiting visiting;

    private static MockMultipartFile photo(String name, byte[] content) {
        return new MockMultipartFile("photos", name, "image/jpeg", content);
    }

    private MockMultipartHttpServletRequestBuilder visit(HardshipFile file, MockMultipartFile... photos) {
        MockMultipartHttpServletRequestBuilder request = multipart("/files/{id}/visits", file.getId());
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        request.param("visitedOn", "2026-10-28").param("kind", "HOME").param("visitors", "李娜（工会主席）")
                .param("given", "慰问金 1000 元");
        return request;
    }

    @Test
    void photosTakenAtAHomeVisitAreKeptWithItAndOpenOnlyInTheFilesSubtree() throws Exception {
        HardshipFile file = files.approved("照片甲");

        mvc.perform(visit(file, photo("门口.jpg", JPEG), photo("C:\\手机\\慰问.png", PNG)).with(demo.as("clerk"))
                .with(csrf())).andExpect(flash().attribute("success", "visit.recorded"));

        List<Visit> visits = visiting.ofFile(demo.actor("clerk"), file.getId());
        Map<Long, List<VisitPhoto>> photos = visiting.photosOf(visits);
        assertThat(photos.get(visits.get(0).getId())).extracting(VisitPhoto::filename, VisitPhoto::contentType)
                .containsExactly(tuple("门口.jpg", "image/jpeg"),
                        tuple("慰问.png", "image/png"));
        long first = photos.get(visits.get(0).getId()).get(0).id();
        mvc.perform(get("/files/{id}", file.getId()).param("tab", "plan").with(demo.as("clerk")))
                .andExpect(content().string(containsString("/visits/photos/" + first)));
        mvc.perform(get("/visits/photos/{id}", first).with(demo.as("approver")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(JPEG));
        assertThat(demo.lastAuditDetail("approver", "VISIT_PHOTO_OPEN")).isEqualTo("visit " + visits.get(0).getId());
        mvc.perform(get("/visits/photos/{id}", first).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPdfSentAsAPhotoOrTooManyPhotosRefuseTheWholeVisit() throws Exception {
        HardshipFile file = files.approved("照片乙");

        mvc.perform(visit(file, photo("假照片.jpg", PDF)).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "visit.photos.type"));
        MockMultipartFile[] seven = new MockMultipartFile[Visiting.MAX_PHOTOS + 1];
        Arrays.setAll(seven, i -> photo(i + ".jpg", JPEG));
        mvc.perform(visit(file, seven).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "visit.photos.tooMany"));

        assertThat(visiting.ofFile(demo.actor("clerk"), file.getId())).isEmpty();
    }

    @Test
    void aGroupVisitsPhotoIsListedOnTheVisitsPage() throws Exception {
        mvc.perform(multipart("/visits/group").file(photo("工地.jpg", JPEG)).param("groupDescription", "地铁工地一线职工")
                .param("peopleCount", "40").param("visitedOn", "2026-11-20").param("kind", "MEAL_AT_SITE")
                .param("visitors", "周晓燕（区总工会主席）").param("given", "年夜饭 40 份")
                .with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("success", "visit.recorded"));

        mvc.perform(get("/visits").with(demo.as("clerk")))
                .andExpect(content().string(containsString("地铁工地一线职工")))
                .andExpect(content().string(containsString("/visits/photos/")));
    }
}
