package org.unionaid.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * {@code ?lang=} takes any language: the menu's renderings are kept for at most {@link NavigationLinks#KEPT} of
 * them, and a page in a language beyond them still shows its menu, rendered afresh.
 */
@WebIntegrationTest
class NavigationLinksKeptTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    NavigationLinks links;

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
}
