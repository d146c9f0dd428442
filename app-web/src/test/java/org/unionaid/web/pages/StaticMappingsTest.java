package org.unionaid.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.pattern.PathPatternParser;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Thymeleaf passes every link of every page through the resource chain; a link under a static mapping is looked
 * up as a file in every jar of the application, and a miss is not cached. The pages the navigation links to must
 * therefore lie outside every static mapping, and the static files still under theirs.
 */
@WebIntegrationTest
class StaticMappingsTest {

    /** Every page the layout's navigation offers to some role. */
    private static final List<String> PAGE_LINKS = List.of("/", "/files", "/notices", "/visits", "/offline/visits",
            "/delegations", "/recipients", "/enterprises", "/approvals", "/reports", "/findings", "/campaigns",
            "/allocations", "/batches", "/bank-files", "/ledger", "/transfers", "/admin/organisations", "/admin/users",
            "/admin/living-standards", "/admin/calendar", "/bank-templates", "/audit", "/audit/desk",
            "/account/password");

    private static final List<String> STATIC_FILES = List.of("/css/app.css", "/js/nav.js",
            "/offline/sw.js", "/offline/manifest.webmanifest", "/offline/icon.svg",
            "/webjars/bootstrap/dist/css/bootstrap.min.css");

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void pageLinksMatchNoStaticMappingAndStaticFilesDo() {
        for (String link : PAGE_LINKS) {
            assertThat(matches(link)).as(link).isFalse();
        }
        for (String file : STATIC_FILES) {
            assertThat(matches(file)).as(file).isTrue();
            assertThat(resources.getForLookupPath(file)).as(file).isNotNull();
        }
    }

    private boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return resources.getHandlerMap().keySet().stream()
                .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container));
    }
}
