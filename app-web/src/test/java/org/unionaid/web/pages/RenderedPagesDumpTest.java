package org.unionaid.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.security.AuthorisationMatrixTest;
import org.unionaid.web.support.AccessTable;
import org.unionaid.web.support.AccessTable.Outcome;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.Endpoints;
import org.unionaid.web.support.Endpoints.Endpoint;
import org.unionaid.web.support.MatrixWorld;
import org.unionaid.web.support.MatrixWorld.Relation;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Not a check but a tool, run by hand ({@code -Dunionaid.render.dump=/some/dir}): every page the application
 * renders, written to a file each, so that a change of the templates that should render the same can be compared
 * with {@code diff -r} against a dump made before it. Rendered: every GET endpoint of the authorisation table (each
 * file tab) as each role it is granted to and as the first it refuses (the 403 page), the lists again as the demo
 * users (whose unions hold the demo data), every POST as its first role (its form again with errors, or where it
 * sends the user), the login steps and the 404 page. Each call is rolled back. Per-request noise (CSRF tokens, CSP
 * nonces, enrolment secrets) is blanked, and the markup is written a tag a line with whitespace folded: a
 * difference in whitespace between tags is none.
 */
@WebIntegrationTest
@EnabledIfSystemProperty(named = "unionaid.render.dump", matches = ".+")
class RenderedPagesDumpTest {

    private static final String SESSION = "SESSION";
    private static final List<String> TABS = List.of("basic", "household", "hardship", "bank", "documents", "plan",
            "income", "payments", "history");
    private static final List<String> DEMO = List.of("clerk", "reviewer", "approver", "finance", "auditor", "admin",
            "xihu.admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    Endpoints endpoints;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    DemoUsers demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserAdministration users;

    private Path dir;
    private int written;

    @Test
    void dump() throws Exception {
        dir = Path.of(System.getProperty("unionaid.render.dump"));
        Files.createDirectories(dir);
        MatrixWorld.World world = worlds.world();
        Map<String, AccessTable.Row> table = AccessTable.parse(AuthorisationMatrixTest.TABLE);
        for (Endpoint endpoint : endpoints.all()) {
            AccessTable.Row row = table.get(endpoint.key());
            if (row == null) {
                continue;
            }
            Relation relation = row.target().relations().contains(Relation.OWN) ? Relation.OWN
                    : row.target().relations().get(0);
            boolean refusedOnce = false;
            for (Role role : Role.values()) {
                boolean allowed = row.expected(role, relation) == Outcome.ALLOWED;
                if (!allowed && refusedOnce || !endpoint.isGet() && !allowed) {
                    continue;
                }
                refusedOnce |= !allowed;
                String login = AccessTable.login(world, row.target(), role, relation);
                if (login == null) {
                    continue;
                }
                for (String tab : endpoint.key().equals("GET /files/{id}") ? TABS : List.of("")) {
                    AbstractMockHttpServletRequestBuilder<?> request = endpoints.request(endpoint,
                            row.target().variables(world), name -> AccessTable.parameter(world, name), null)
                            .with(demo.as(login));
                    if (!tab.isEmpty()) {
                        request.param("tab", tab);
                    }
                    if (!endpoint.isGet()) {
                        request.with(csrf());
                    }
                    write(endpoint.key() + (tab.isEmpty() ? "" : " tab " + tab) + " as " + role, request);
                }
                if (!endpoint.isGet()) {
                    break;
                }
            }
            if (endpoint.isGet() && row.target() == AccessTable.Target.NONE) {
                for (String login : DEMO) {
                    write(endpoint.key() + " as demo " + login, endpoints.request(endpoint, Map.of(),
                            name -> AccessTable.parameter(world, name), null).with(demo.as(login)));
                }
            }
        }
        write("GET 404 as demo clerk", get("/files/{id}", 987654321L).with(demo.as("clerk")));
        draftBatches(world);
        write("GET bank-templates new copy", get("/bank-templates/new").param("copy",
                String.valueOf(world.id("template"))).with(demo.as(world.login(Role.ADMIN, MatrixWorld.TOP,
                        Relation.OWN))));
        loginSteps();
        assertThat(written).as("pages written").isGreaterThan(100);
    }

    /** A draft batch of each kind of payee, as the finance user who made it sees it (the forms that fill it). */
    private void draftBatches(MatrixWorld.World world) throws Exception {
        String login = world.login(Role.FINANCE, MatrixWorld.COUNTY, Relation.OWN);
        for (String payees : List.of("FILES", "NAMED")) {
            String text = transaction.execute(tx -> {
                tx.setRollbackOnly();
                try {
                    String made = mvc.perform(post("/batches").with(demo.as(login)).with(csrf())
                            .param("campaign", String.valueOf(world.id("campaign"))).param("source", "OWN_UNION_FUNDS")
                            .param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER").param("payees", payees))
                            .andReturn().getResponse().getRedirectedUrl();
                    MockHttpServletResponse page = mvc.perform(get(made).with(demo.as(login))).andReturn()
                            .getResponse();
                    return made + "\n" + normalised(page.getContentAsString(StandardCharsets.UTF_8));
                } catch (Exception failure) {
                    return "failed: " + failure;
                }
            });
            Files.writeString(dir.resolve("GET_draft_batch_" + payees + ".html"), text);
        }
    }

    /** The login form, its error, the second step of a user who has a code, and the enrolment of one who has not. */
    private void loginSteps() throws Exception {
        write("GET login anonymous", get("/login"));
        write("GET login error anonymous", get("/login").param("error", ""));
        write("GET login code as approver", get("/login/code").cookie(password("approver")));
        String login = "dump.enrol";
        if (!demo.userExists(login)) {
            users.create(demo.actor("xihu.admin"), new NewUser(login, "双因素样页", demo.organisationId("ZJ-HZ-XH"),
                    EnumSet.of(Role.FINANCE), "enrol2026secret"));
        }
        Cookie halfway = password(login, "enrol2026secret");
        write("GET login enrol", get("/login/enrol").cookie(halfway));
        write("POST login enrol wrong code", post("/login/enrol").cookie(halfway).with(csrf()).param("code", "000000"));
        write("POST login code wrong code", post("/login/code").cookie(password("approver")).with(csrf())
                .param("code", "000000"));
    }

    private Cookie password(String login) throws Exception {
        return password(login, DemoUsers.PASSWORD);
    }

    private Cookie password(String login, String secret) throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION);
        MockHttpServletResponse response = mvc.perform(post("/login").cookie(before).with(csrf())
                .param("username", login).param("password", secret)).andReturn().getResponse();
        Cookie session = response.getCookie(SESSION);
        return session != null ? session : before;
    }

    /** Performs the request in a transaction rolled back after, and writes what it answered. */
    private void write(String name, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String text = transaction.execute(tx -> {
            tx.setRollbackOnly();
            try {
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String type = String.valueOf(response.getContentType());
                String body = type.contains("html") || type.contains("text") || type.contains("json")
                        ? normalised(response.getContentAsString(StandardCharsets.UTF_8))
                        : "(" + response.getContentAsByteArray().length + " bytes)";
                return "status " + response.getStatus() + " " + type + " -> " + response.getRedirectedUrl() + "\n"
                        + body;
            } catch (Exception failure) {
                return "failed: " + failure;
            }
        });
        Files.writeString(dir.resolve(name.replaceAll("[^A-Za-z0-9.{}-]+", "_") + ".html"), text);
        written++;
    }

    /** A tag a line, whitespace folded, per-request values blanked. */
    static String normalised(String html) {
        return html.replaceAll("(name=\"_csrf\" value=\")[^\"]*", "$1-")
                .replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1-")
                .replaceAll("(nonce=\")[^\"]*", "$1-")
                .replaceAll("(id=\"secret\">)[A-Z2-7 ]+", "$1-")
                .replaceAll("(src=\"data:image/png;base64,)[^\"]+", "$1-")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?<", "\n<")
                .replaceAll("> ?", ">\n")
                .replaceAll("\n+", "\n")
                .strip() + "\n";
    }
}
