package org.unionaid.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * {@code ?lang=} takes any language: what is rendered once per language — the menu, the search bars' coded
 * options — is kept for a bounded number of them, and a page in a language beyond them is still whole, rendered
 * afresh.
 */
@WebIntegrationTest
class LanguageCachesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    NavigationLinks links;

    @Autowired
    CodeOptions codes;

    @Test
    void renderingsKeptAreBoundedWhateverLanguagesAreAskedFor() throws Exception {
        for (int i = 0; i <= NavigationLinks.KEPT; i++) {
            String language = "q" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
            String page = mvc.perform(get("/").param("lang", language).with(demo.as("clerk")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("href=\"/offline/visits\"");
        }
        assertThat(links.kept()).isLessThanOrEqualTo(NavigationLinks.KEPT);
    }

    @Test
    void codeOptionsKeptAreBoundedWhateverLanguagesAreAskedFor() {
        for (int i = 0; i <= CodeOptions.KEPT; i++) {
            Locale language = new Locale("q" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26)
                    + (char) ('a' + i % 26));
            assertThat(codes.html(FileStatus.values(), FileStatus.APPROVED, "file.status", language))
                    .contains("<option value=\"APPROVED\" selected=\"selected\">");
        }
        assertThat(codes.kept()).isLessThanOrEqualTo(CodeOptions.KEPT);
    }
}
