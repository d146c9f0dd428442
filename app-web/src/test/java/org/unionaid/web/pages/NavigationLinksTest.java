package org.unionaid.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The navigation's links are rendered once per roles and language (NavigationLinks): a user is never shown the
 * menu of another role or in another language, whoever asked first.
 */
@WebIntegrationTest
class NavigationLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void eachUserSeesTheLinksOfTheirRolesInTheirLanguage() throws Exception {
        for (int round = 0; round < 2; round++) { // the second round is answered from what the first rendered
            assertThat(page(get("/").with(demo.as("clerk")))).contains("href=\"/offline/visits\"", "离线走访")
                    .doesNotContain("href=\"/batches\"");
            assertThat(page(get("/").with(demo.as("finance")))).contains("href=\"/batches\"", "发放")
                    .doesNotContain("href=\"/offline/visits\"");
            assertThat(page(get("/").param("lang", "en").with(demo.as("clerk"))))
                    .contains("href=\"/offline/visits\"", "Visits offline").doesNotContain("离线走访");
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
