package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.Attachment;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/** Supporting documents: checked by content and size, served only within the file's subtree, logged. */
@WebIntegrationTest
@Transactional
class FileDocumentationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    FileRegistration registration;

    @Autowired
    FileDocumentation documents;

    private HardshipFile newFile() {
        return registration.open(demo.actor("clerk"),
                new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "邵华", TestIds.next(), List.of()));
    }

    private MockMultipartFile document(String filename, byte[] content) {
        return new MockMultipartFile("document", filename, "application/octet-stream", content);
    }

    @Test
    void aClerkUploadsAScanAndTheChecklistShrinks() throws Exception {
        HardshipFile file = newFile();
        assertThat(documents.missing(demo.actor("clerk"), file.getId())).hasSize(4);

        mvc.perform(multipart("/files/{id}/documents", file.getId()).file(document("身份证.png", PNG))
                .param("kind", "ID_COPY").with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("success", "attachment.uploaded"));

        assertThat(documents.missing(demo.actor("clerk"), file.getId())).hasSize(3)
                .doesNotContain(org.unionaid.domain.hardship.AttachmentKind.ID_COPY);
        mvc.perform(get("/files/{id}", file.getId()).param("tab", "documents").with(demo.as("reviewer")))
                .andExpect(content().string(containsString("身份证.png")))
                .andExpect(content().string(not(containsString("身份证复印件、"))));
    }

    @Test
    void contentDecidesNotTheFileName() throws Exception {
        HardshipFile file = newFile();
        mvc.perform(multipart("/files/{id}/documents", file.getId())
                .file(document("诊断证明.pdf", "<script>alert(1)</script>".getBytes()))
                .param("kind", "HOSPITAL_DIAGNOSIS").with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "attachment.type"));
        assertThat(documents.list(demo.actor("clerk"), file.getId())).isEmpty();
    }

    @Test
    void tooLargeIsRefusedWithTheLimit() throws Exception {
        HardshipFile file = newFile();
        byte[] big = Arrays.copyOf(PNG, FileDocumentation.MAX_BYTES + 1);
        mvc.perform(multipart("/files/{id}/documents", file.getId()).file(document("big.png", big))
                .param("kind", "OTHER").with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "attachment.tooLarge"));
    }

    @Test
    void documentsAreServedAsDownloadsOnlyWithinTheSubtreeAndEachOpeningIsLogged() throws Exception {
        HardshipFile file = newFile();
        Attachment scan = documents.upload(demo.actor("clerk"), file.getId(),
                org.unionaid.domain.hardship.AttachmentKind.HARDSHIP_PROOF, "证明.png", PNG);
        long before = demo.auditCount("auditor", "ATTACHMENT_OPEN", "SUCCESS");

        mvc.perform(get("/files/{id}/documents/{a}", file.getId(), scan.id()).with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        assertThat(demo.auditCount("auditor", "ATTACHMENT_OPEN", "SUCCESS")).isEqualTo(before + 1);

        mvc.perform(get("/files/{id}/documents/{a}", file.getId(), scan.id()).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/files/{id}/documents/{a}", file.getId() + 100000, scan.id()).with(demo.as("auditor")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/files/{id}/documents", file.getId()).file(document("x.png", PNG))
                .param("kind", "OTHER").with(demo.as("reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
