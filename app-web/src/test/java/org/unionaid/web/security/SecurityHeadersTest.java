package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.List;
import java.util.Properties;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-AUTH-09: Referrer-Policy and Permissions-Policy on every answer (pages, static files, errors,
 * the login page), HSTS and a Secure session cookie over TLS, and the production profile's cookie always Secure.
 */
@WebIntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    // R-AUTH-09
    @Test
    void everyAnswerCarriesTheReferrerAndPermissionsPolicies() throws Exception {
        for (String path : List.of("/login", "/css/app.css", "/no-such-page", "/", "/offline/visits",
                "/offline/sw.js")) {
            mvc.perform(get(path).with(demo.as("clerk")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
                    .andExpect(header().exists("Content-Security-Policy"));
        }
        mvc.perform(get("/admin/users")).andExpect(header().string("Referrer-Policy", "same-origin"));
        // The camera of the application's own origin only: the offline visit page photographs a visit (issue 22).
        assertThat(SecurityConfiguration.PERMISSIONS_POLICY).contains("camera=(self)").contains("microphone=()")
                .contains("geolocation=()");
    }

    // R-AUTH-09: the offline app's manifest and service worker are public, its page and its data need a login.
    @Test
    void theOfflineAppInstallsWithoutALoginButItsPageNeedsOne() throws Exception {
        for (String path : List.of("/offline/sw.js", "/offline/manifest.webmanifest", "/offline/icon.svg")) {
            mvc.perform(get(path)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                    .status().isOk()).andExpect(header().string("Permissions-Policy",
                            SecurityConfiguration.PERMISSIONS_POLICY));
        }
        for (String path : List.of("/offline/visits", "/offline/visits/list", "/offline/visits/key")) {
            mvc.perform(get(path)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                    .status().is3xxRedirection());
        }
    }

    // R-AUTH-09
    @Test
    void overTlsTheBrowserIsToldToStayOnTlsAndTheSessionCookieIsSecure() throws Exception {
        MvcResult plain = mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn();
        assertThat(session(plain).getSecure()).isFalse();

        MvcResult tls = mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
                .andReturn();
        assertThat(session(tls).getSecure()).isTrue();
        assertThat(session(tls).isHttpOnly()).isTrue();
    }

    // R-AUTH-09
    @Test
    void theProductionProfileMarksTheSessionCookieSecureWhateverTheRequest() throws Exception {
        Properties production = PropertiesLoaderUtils.loadProperties(
                new ClassPathResource("application-production.properties"));
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }

    private static Cookie session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(LoginTest.SESSION);
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
