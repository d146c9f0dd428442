package org.unionaid.web.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.assistance.OfflineVisit;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitPhoto;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Visits offline, as the phone calls the server (issue 22): the key, the list, and visits sent once or again.
 * Not one transaction rolled back: the use case's own transactions are what is tested, so every test makes files
 * of its own. Specifies R-VISIT-01 to R-VISIT-05 (docs/rules.md).
 */
@WebIntegrationTest
class OfflineVisitsTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles files;

    @Autowired
    FileRegistration registration;

    @Autowired
    Visiting visiting;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MovableClock clock;

    private HardshipFile approved(String name) {
        return transaction.execute(tx -> files.approvedWithCard(unique(name), FileLevel.BASE));
    }

    /** A name of its own: the test's files are committed, and live on beside those of the next run. */
    static String unique(String name) {
        StringBuilder digits = new StringBuilder(name);
        String.valueOf(System.nanoTime() % 1_000_000).chars().forEach(c -> digits.append("〇一二三四五六七八九".charAt(c - '0')));
        return digits.toString();
    }

    private String key(String login) throws Exception {
        String body = mvc.perform(get("/offline/visits/key").with(demo.as(login))).andExpect(status().isOk())
                .andExpect(jsonPath("$.key").isString()).andExpect(jsonPath("$.csrfToken").isString())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.keyId");
    }

    private MockMultipartHttpServletRequestBuilder visit(String keyId, UUID idempotencyKey, long fileId) {
        MockMultipartHttpServletRequestBuilder request = multipart("/offline/visits");
        request.param("idempotencyKey", idempotencyKey.toString()).param("fileId", String.valueOf(fileId))
                .param("visitedOn", LocalDate.now(clock).toString()).param("kind", "HOME")
                .param("visitors", "李娜（工会主席）").header(OfflineVisitController.KEY_HEADER, keyId);
        return request;
    }

    private ResultActions send(MockMultipartHttpServletRequestBuilder request, String login) throws Exception {
        return mvc.perform(request.with(demo.as(login)).with(csrf()));
    }

    // R-VISIT-01, R-VISIT-03, R-VISIT-05
    @Test
    void aVisitSentTwiceIsRecordedOnceWithItsPhotosAndItsSignature() throws Exception {
        HardshipFile file = approved("离线甲");
        String keyId = key("clerk");
        UUID idempotencyKey = UUID.randomUUID();
        MockMultipartFile photo = new MockMultipartFile("photos", "photo-1.jpg", "image/jpeg", JPEG);
        MockMultipartFile signature = new MockMultipartFile("signature", "signature.png", "image/png", PNG);

        String first = send(visit(keyId, idempotencyKey, file.getId()).file(photo).file(signature)
                .param("cash", "200").param("goods", "米、油"), "clerk")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("RECORDED"))
                .andExpect(jsonPath("$.replay").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long visitId = ((Number) JsonPath.read(first, "$.visitId")).longValue();
        send(visit(keyId, idempotencyKey, file.getId()).file(photo).file(signature).param("cash", "200")
                .param("goods", "米、油"), "clerk")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("RECORDED"))
                .andExpect(jsonPath("$.replay").value(true)).andExpect(jsonPath("$.visitId").value(visitId));

        List<Visit> visits = visiting.ofFile(demo.actor("clerk"), file.getId());
        assertThat(visits).extracting(Visit::getId).containsExactly(visitId);
        assertThat(visits.get(0).getGiven()).isEqualTo("现金 200.00 元；物品：米、油");
        assertThat(visiting.photosOf(visits).get(visitId)).extracting(VisitPhoto::filename)
                .containsExactly("photo-1.jpg", OfflineVisit.SIGNATURE_NAME);

        // R-VISIT-03: cash without a signature is refused, and not recorded.
        send(visit(keyId, UUID.randomUUID(), file.getId()).param("cash", "50"), "clerk")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.outcome").value("REFUSED"))
                .andExpect(jsonPath("$.reasonKey").value("offline.signature.missing"))
                .andExpect(jsonPath("$.reason").value(containsString("签字")));
        send(visit(keyId, UUID.randomUUID(), file.getId()).file(signature).param("cash", "0"), "clerk")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reasonKey").value("offline.cash.zero"));
        send(visit(keyId, UUID.randomUUID(), file.getId()).file(signature).param("cash", "1e3"), "clerk")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reasonKey").value("money.digitsOnly"));
        assertThat(visiting.ofFile(demo.actor("clerk"), file.getId())).hasSize(1);
    }

    // R-VISIT-02
    @Test
    void aClosedFileIsRefusedWithItsReasonAndSendingItAgainAnswersTheSameRefusal() throws Exception {
        HardshipFile file = approved("离线乙");
        transaction.executeWithoutResult(tx -> registration.exit(demo.actor("approver"), file.getId(),
                ExitReason.RE_EMPLOYED, "已再就业"));
        String keyId = key("clerk");
        UUID idempotencyKey = UUID.randomUUID();

        for (boolean replay : new boolean[] {false, true}) {
            send(visit(keyId, idempotencyKey, file.getId()), "clerk").andExpect(status().isConflict())
                    .andExpect(jsonPath("$.outcome").value("REFUSED")).andExpect(jsonPath("$.replay").value(replay))
                    .andExpect(jsonPath("$.reasonKey").value("visit.fileNotApproved"))
                    .andExpect(jsonPath("$.reason").value("只能记录已建档档案的走访"));
        }
        assertThat(visiting.ofFile(demo.actor("clerk"), file.getId())).isEmpty();

        // A key is its sender's: another user sending it is refused, and the first outcome stays.
        send(visit(key("reviewer"), idempotencyKey, file.getId()), "reviewer").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasonKey").value("offline.key.taken"));
    }

    // R-VISIT-04
    @Test
    void theListHoldsTheUnionsApprovedFilesNotYetVisitedWithMaskedNumbersOnly() throws Exception {
        HardshipFile waiting = approved("名单甲");
        HardshipFile visited = approved("名单乙");
        String keyId = key("clerk");
        send(visit(keyId, UUID.randomUUID(), visited.getId()), "clerk").andExpect(status().isOk());

        mvc.perform(get("/offline/visits/list").header(OfflineVisitController.KEY_HEADER, keyId)
                .with(demo.as("clerk"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.households[?(@.fileId == %d)].name", waiting.getId())
                        .value(waiting.getWorkerName()))
                .andExpect(jsonPath("$.households[?(@.fileId == %d)].idMasked", waiting.getId())
                        .value(waiting.getWorkerId().masked()))
                .andExpect(jsonPath("$.households[?(@.fileId == %d)].cardMasked", waiting.getId())
                        .value(waiting.getBankAccount().getCardMasked()))
                .andExpect(jsonPath("$.households[?(@.fileId == %d)]", visited.getId()).isEmpty())
                .andExpect(content().string(not(containsString("birth"))))
                .andExpect(content().string(not(containsString("Sealed"))));
        assertThat(demo.lastAuditDetail("clerk", "OFFLINE_LIST")).endsWith(" files");

        mvc.perform(get("/offline/visits/list").header(OfflineVisitController.KEY_HEADER, keyId)
                .with(demo.as("approver"))).andExpect(status().isForbidden());
    }

    // R-VISIT-05
    @Test
    void aKeyThatExpiredIsRefusedAndANewSignInGetsANewOne() throws Exception {
        HardshipFile file = approved("过期甲");
        String keyId = key("clerk");
        mvc.perform(get("/offline/visits/key").header(OfflineVisitController.KEY_HEADER, keyId)
                .with(demo.as("clerk"))).andExpect(jsonPath("$.keyId").value(keyId));
        mvc.perform(get("/offline/visits/list").header(OfflineVisitController.KEY_HEADER, keyId)
                .with(demo.as("reviewer"))).andExpect(status().isUnauthorized());

        try (MovableClock.Moved later = clock.moveTo(clock.instant().plus(Duration.ofHours(13)))) {
            mvc.perform(get("/offline/visits/list").header(OfflineVisitController.KEY_HEADER, keyId)
                    .with(demo.as("clerk"))).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.outcome").value("EXPIRED"));
            send(visit(keyId, UUID.randomUUID(), file.getId()), "clerk").andExpect(status().isUnauthorized());
            mvc.perform(get("/offline/visits/key").header(OfflineVisitController.KEY_HEADER, keyId)
                    .with(demo.as("clerk"))).andExpect(status().isUnauthorized());
            assertThat(key("clerk")).isNotEqualTo(keyId);
        }
        assertThat(visiting.ofFile(demo.actor("clerk"), file.getId())).isEmpty();
    }
}
