package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.Endpoints;
import org.unionaid.web.support.Endpoints.Endpoint;
import org.unionaid.web.support.MatrixWorld;
import org.unionaid.web.support.MatrixWorld.Relation;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The authorisation matrix, generated from the application's own request mappings: every endpoint × every role ×
 * the target in the user's own union, in a child union, in a sibling union, in the parent union — expected
 * outcomes from {@link #TABLE}, so that a new endpoint is covered without anyone adding a test, and an endpoint
 * the table does not classify fails {@link #everyEndpointIsClassifiedAndEveryRowIsAnEndpoint} until it is.
 * Each call runs in a transaction of its own that is rolled back. Specifies R-SEC-01 (docs/rules.md).
 */
@WebIntegrationTest
class AuthorisationMatrixTest {

    /**
     * One row per endpoint: {@code method path [condition] | target | grants}. The target is what the path names
     * ({@link Target}); the grants say which roles may act and where the target may lie for them:
     * {@code ROLE[,ROLE…]:RELATION[,RELATION…]} ({@code ALL} every role, {@code ANY} every relation, {@code -}
     * none), or for a target of {@code NONE} just the roles. Everyone else is refused with a 403 — except that a
     * trailing {@code 404} says the row's roles meet a target they may not reach as "not found" (an upload is its
     * uploader's alone). {@code PERSONAL_DATA_REVEAL} is a role here too, held alone.
     */
    static final List<String> TABLE = List.of(
            "GET /                                                   | NONE         | ALL",
            "GET /account/password                                   | NONE         | ALL",
            "GET /admin/calendar                                     | NONE         | ADMIN",
            "GET /admin/living-standards                             | NONE         | ADMIN",
            "GET /admin/living-standards/new                         | NONE         | ADMIN",
            "GET /admin/living-standards/{id}                        | STANDARD     | ADMIN:OWN,CHILD",
            "GET /admin/organisations                                | NONE         | ADMIN",
            "GET /admin/organisations/new                            | NONE         | ADMIN",
            "GET /admin/organisations/{id}                           | ORGANISATION | ADMIN:OWN,CHILD",
            "GET /admin/users                                        | NONE         | ADMIN",
            "GET /admin/users/new                                    | NONE         | ADMIN",
            "GET /admin/users/{id}                                   | USER         | ADMIN:OWN,CHILD",
            "GET /allocations                                        | NONE         | ALL",
            "GET /allocations/{id}                                   | ALLOCATION   | ALL:OWN,CHILD,PARENT",
            "GET /approvals                                          | NONE         | APPROVER",
            "GET /audit                                              | NONE         | AUDITOR,ADMIN",
            "GET /bank-files                                         | NONE         | ALL",
            "GET /bank-files/{fileId}                                | BANK_FILE    | FINANCE:OWN",
            "GET /bank-templates                                     | NONE         | FINANCE,ADMIN",
            "GET /bank-templates/new                                 | TOP          | ADMIN:OWN",
            "GET /batches                                            | NONE         | ALL",
            "GET /batches/{id}                                       | BATCH        | ALL:OWN,CHILD",
            "GET /batches/{id}/roster.pdf                            | BATCH        | ALL:OWN,CHILD",
            "GET /batches/{id}/roster.xlsx                           | BATCH        | ALL:OWN,CHILD",
            "GET /batches/{id}/scans/{scan}                          | BATCH        | ALL:OWN,CHILD",
            "GET /campaigns                                          | NONE         | ALL",
            "GET /campaigns/new                                      | NONE         | APPROVER,ADMIN",
            "GET /campaigns/{id}                                     | CAMPAIGN     | ALL:OWN,CHILD,PARENT",
            "GET /campaigns/{id}/allocate                            | CAMPAIGN     | ALL:OWN,CHILD,PARENT",
            "GET /campaigns/{id}/donations.xlsx                      | CAMPAIGN     | ALL:OWN,CHILD,PARENT",
            "GET /delegations                                        | NONE         | ALL",
            "GET /delegations/{id}                                   | DELEGATION   | ALL:OWN,CHILD,PARENT",
            "GET /files                                              | NONE         | ALL",
            "GET /files/due                                          | NONE         | ALL",
            "GET /files/exit-candidates                              | NONE         | ALL",
            "GET /files/export                                       | NONE         | ALL",
            "GET /files/import                                       | NONE         | CLERK",
            "GET /files/import/template                              | NONE         | CLERK",
            "GET /files/import/{id}                                  | UPLOAD       | CLERK:- 404",
            "GET /files/import/{id}/errors                           | UPLOAD       | CLERK:- 404",
            "GET /files/new                                          | NONE         | CLERK",
            "GET /files/{id}                                         | FILE         | ALL:OWN,CHILD",
            "GET /files/{id}/documents/{attachmentId}                | FILE         | ALL:OWN,CHILD",
            "GET /files/{id}/edit                                    | FILE         | CLERK:OWN,CHILD",
            "GET /files/{id}/reverify                                | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "GET /ledger                                             | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /ledger/checkpoint                                  | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /ledger/entries/{id}                                | ENTRY        | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
            "GET /ledger/export                                      | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /login                                              | NONE         | ALL",
            "GET /notices                                            | NONE         | ALL",
            "GET /notices/new                                        | NONE         | REVIEWER",
            "GET /notices/{id}                                       | NOTICE       | ALL:OWN,CHILD",
            "GET /notices/{id}/pdf                                   | NOTICE       | ALL:OWN,CHILD",
            "GET /reports                                            | NONE         | ALL",
            "GET /reports/{campaign}/summary                         | CAMPAIGN     | ALL:OWN,CHILD,PARENT",
            "GET /reports/{campaign}/{definition}/{union}            | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{campaign}/{definition}/{union}/records    | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{campaign}/{definition}/{union}/table.pdf  | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{campaign}/{definition}/{union}/table.xlsx | REPORT       | ALL:OWN,CHILD",
            "GET /transfers                                          | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /transfers/{id}/minutes                             | TRANSFER     | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
            "GET /visits                                             | NONE         | ALL",
            "GET /visits/photos/{id}                                 | PHOTO        | ALL:OWN,CHILD",
            "POST /account/password                                  | NONE         | ALL",
            "POST /admin/calendar                                    | TOP          | ADMIN:OWN",
            "POST /admin/calendar/confirm                            | TOP          | ADMIN:OWN",
            "POST /admin/calendar/remove                             | TOP          | ADMIN:OWN",
            "POST /admin/living-standards                            | NONE         | ADMIN",
            "POST /admin/organisations                               | NONE         | ADMIN",
            "POST /admin/organisations/{id}                          | ORGANISATION | ADMIN:OWN,CHILD",
            "POST /admin/organisations/{id}/move                     | ORGANISATION | ADMIN:CHILD",
            "POST /admin/users                                       | NONE         | ADMIN",
            "POST /admin/users/{id}                                  | USER         | ADMIN:OWN,CHILD",
            "POST /admin/users/{id}/password                         | USER         | ADMIN:OWN,CHILD",
            "POST /allocations/{id}/matches                          | ALLOCATION   | FINANCE:PARENT",
            "POST /approvals                                         | NONE         | APPROVER",
            "POST /approvals/{id}/return                             | FILE         | APPROVER:OWN,CHILD",
            "POST /bank-templates                                    | TOP          | ADMIN:OWN",
            "POST /batches                                           | NONE         | FINANCE",
            "POST /batches/{id}/approve                              | BATCH        | APPROVER:OWN,CHILD",
            "POST /batches/{id}/bank-file                            | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/fill                                 | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/handover                             | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/lines/{line}                         | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/lines/{line}/remove                  | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/returns                              | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/scans                                | BATCH        | FINANCE:OWN",
            "POST /campaigns                                         | NONE         | APPROVER,ADMIN",
            "POST /campaigns/{id}/allocations                        | CAMPAIGN     | FINANCE:OWN,CHILD,PARENT",
            "POST /campaigns/{id}/close                              | CAMPAIGN     | APPROVER,FINANCE:OWN,CHILD,PARENT",
            "POST /campaigns/{id}/receipts                           | CAMPAIGN     | FINANCE:OWN,CHILD,PARENT",
            "POST /delegations                                       | NONE         | CLERK,REVIEWER,APPROVER",
            "POST /files                                             | NONE         | CLERK",
            "POST /files [addMember]                                 | NONE         | CLERK",
            "POST /files [removeMember]                              | NONE         | CLERK",
            "POST /files/find                                        | NONE         | ALL",
            "POST /files/import                                      | NONE         | CLERK",
            "POST /files/import/{id}/abandon                         | UPLOAD       | CLERK:- 404",
            "POST /files/import/{id}/commit                          | UPLOAD       | CLERK:- 404",
            "POST /files/suggestion                                  | NONE         | CLERK",
            "POST /files/{id}                                        | FILE         | CLERK:OWN,CHILD",
            "POST /files/{id} [addMember]                            | FILE         | CLERK:OWN,CHILD",
            "POST /files/{id} [removeMember]                         | FILE         | CLERK:OWN,CHILD",
            "POST /files/{id}/cancel                                 | FILE         | REVIEWER,APPROVER:OWN,CHILD",
            "POST /files/{id}/category                               | FILE         | REVIEWER:OWN,CHILD",
            "POST /files/{id}/category/confirm                       | FILE         | APPROVER:OWN,CHILD",
            "POST /files/{id}/documents                              | FILE         | CLERK:OWN,CHILD",
            "POST /files/{id}/exit                                   | FILE         | APPROVER:OWN,CHILD",
            "POST /files/{id}/exit-proposal/reject                   | FILE         | APPROVER:OWN,CHILD",
            "POST /files/{id}/income                                 | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/income-check                           | FILE         | REVIEWER,APPROVER:OWN,CHILD",
            "POST /files/{id}/level/confirm                          | FILE         | APPROVER:OWN,CHILD",
            "POST /files/{id}/plan                                   | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/plan/{measure}                         | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/return                                 | FILE         | REVIEWER:OWN,CHILD",
            "POST /files/{id}/reveal                                 | FILE         | PERSONAL_DATA_REVEAL:OWN,CHILD",
            "POST /files/{id}/reverify                               | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/reverify [addMember]                   | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/reverify [removeMember]                | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /files/{id}/submit                                 | FILE         | CLERK:OWN,CHILD",
            "POST /files/{id}/visits                                 | FILE         | CLERK,REVIEWER:OWN,CHILD",
            "POST /ledger/checkpoint/verify                          | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "POST /ledger/verify                                     | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "POST /notices                                           | NONE         | REVIEWER",
            "POST /notices/{id}/close                                | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /notices/{id}/objections                           | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /notices/{id}/objections/{objection}               | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /reports/{campaign}/{definition}/manual            | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{campaign}/{definition}/submit            | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{campaign}/{definition}/{child}/accept    | CHILD_REPORT | APPROVER,ADMIN:CHILD",
            "POST /reports/{campaign}/{definition}/{child}/remind    | CHILD_REPORT | CLERK,APPROVER,ADMIN:CHILD",
            "POST /reports/{campaign}/{definition}/{child}/return    | CHILD_REPORT | APPROVER,ADMIN:CHILD",
            "POST /transfers                                         | NONE         | FINANCE",
            "POST /transfers/{id}/approve                            | TRANSFER     | APPROVER,ADMIN:OWN",
            "POST /transfers/{id}/reject                             | TRANSFER     | APPROVER,ADMIN:OWN",
            "POST /visits/group                                      | NONE         | CLERK,REVIEWER");

    /** What a path variable points at, and where that object lies (its union, by code). */
    enum Target {
        NONE(null, w -> Map.of()),
        TOP(MatrixWorld.TOP, w -> Map.of()),
        FILE(MatrixWorld.BASE, w -> Map.of("id", w.id("file"), "attachmentId", w.id("attachment"),
                "measure", w.id("measure"))),
        NOTICE(MatrixWorld.BASE, w -> Map.of("id", w.id("notice"), "objection", w.id("objection"))),
        PHOTO(MatrixWorld.BASE, w -> Map.of("id", w.id("photo"))),
        UPLOAD(MatrixWorld.BASE, w -> Map.of("id", w.id("upload"))),
        CAMPAIGN(MatrixWorld.COUNTY, w -> Map.of("id", w.id("campaign"), "campaign", w.id("campaign"),
                "definition", "WARMTH_2027")),
        OWN_REPORT(null, w -> Map.of("campaign", w.id("campaign"), "definition", "WARMTH_2027")),
        REPORT(MatrixWorld.COUNTY, w -> Map.of("campaign", w.id("campaign"), "definition", "WARMTH_2027",
                "union", w.id("county"))),
        CHILD_REPORT(MatrixWorld.BASE, w -> Map.of("campaign", w.id("campaign"), "definition", "WARMTH_2027",
                "child", w.id("base"))),
        ALLOCATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("allocation"))),
        TRANSFER(MatrixWorld.COUNTY, w -> Map.of("id", w.id("transfer"))),
        BATCH(MatrixWorld.COUNTY, w -> Map.of("id", w.id("batch"), "line", w.id("line"), "scan", w.id("scan"))),
        BANK_FILE(MatrixWorld.COUNTY, w -> Map.of("fileId", w.id("bankFile"))),
        DELEGATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("delegation"))),
        ENTRY(MatrixWorld.COUNTY, w -> Map.of("id", w.id("entry"))),
        ORGANISATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("county"))),
        USER(MatrixWorld.COUNTY, w -> Map.of("id", w.id("countyUser"))),
        STANDARD(MatrixWorld.CITY, w -> Map.of("id", w.id("standard")));

        final String place;
        final Function<MatrixWorld.World, Map<String, ?>> variables;

        Target(String place, Function<MatrixWorld.World, Map<String, ?>> variables) {
            this.place = place;
            this.variables = variables;
        }

        /** The relations a user may stand in to this target ({@code null}: the target names no union). */
        List<Relation> relations() {
            return place == null ? java.util.Collections.singletonList(null)
                    : List.copyOf(new TreeSet<>(MatrixWorld.relationsAround(place)));
        }
    }

    /** What a call came to. */
    enum Outcome {
        ALLOWED, DENIED, HIDDEN, ERROR;

        static Outcome of(int status) {
            return status >= 500 ? ERROR : status == 403 ? DENIED : status == 404 ? HIDDEN : ALLOWED;
        }
    }

    /** One parsed row of {@link #TABLE}. */
    record Row(String key, Target target, Map<Role, Set<Relation>> grants, boolean hidden) {

        static Row parse(String line) {
            String[] cells = line.split("\\|");
            String key = cells[0].strip();
            Target target = Target.valueOf(cells[1].strip());
            String[] tokens = cells[2].strip().split("\\s+");
            boolean hidden = tokens[tokens.length - 1].equals("404");
            Map<Role, Set<Relation>> grants = new EnumMap<>(Role.class);
            for (String token : tokens) {
                if (token.equals("404") || token.equals("-")) {
                    continue;
                }
                String[] parts = token.split(":", -1);
                Set<Role> roles = parts[0].equals("ALL") ? EnumSet.allOf(Role.class) : EnumSet.noneOf(Role.class);
                if (!parts[0].equals("ALL")) {
                    for (String role : parts[0].split(",")) {
                        roles.add(Role.valueOf(role));
                    }
                }
                Set<Relation> at = EnumSet.noneOf(Relation.class);
                if (parts.length > 1 && !parts[1].equals("-")) {
                    for (String relation : parts[1].split(",")) {
                        at.addAll(relation.equals("ANY") ? EnumSet.allOf(Relation.class)
                                : EnumSet.of(Relation.valueOf(relation)));
                    }
                }
                roles.forEach(role -> grants.computeIfAbsent(role, r -> EnumSet.noneOf(Relation.class)).addAll(at));
            }
            return new Row(key, target, grants, hidden);
        }

        Outcome expected(Role role, Relation relation) {
            Set<Relation> at = grants.get(role);
            if (at == null) {
                return Outcome.DENIED;
            }
            if (relation == null || at.contains(relation)) {
                return Outcome.ALLOWED;
            }
            return hidden ? Outcome.HIDDEN : Outcome.DENIED;
        }
    }

    static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        TABLE.stream().map(Row::parse).forEach(row -> {
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException("twice in the table: " + row.key());
            }
        });
        return rows;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Endpoints endpoints;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    // R-SEC-01: an endpoint nobody classified fails here, naming it.
    @Test
    void everyEndpointIsClassifiedAndEveryRowIsAnEndpoint() {
        Set<String> mapped = new TreeSet<>(endpoints.all().stream().map(Endpoint::key).toList());
        Set<String> classified = table().keySet();
        assertThat(mapped).as("endpoints the table does not classify").isSubsetOf(classified);
        assertThat(classified).as("rows naming no endpoint").isSubsetOf(mapped);
    }

    // R-SEC-01
    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleWhereverItsTargetLies() {
        MatrixWorld.World world = worlds.world();
        Map<String, Row> table = table();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            Row row = table.get(endpoint.key());
            if (row == null) {
                continue;
            }
            for (Role role : Role.values()) {
                for (Relation relation : row.target().relations()) {
                    tests.add(DynamicTest.dynamicTest(endpoint.key() + " · " + role + " · "
                            + (relation == null ? "-" : relation), () -> {
                                int status = call(world, endpoint, row.target(), role, relation);
                                assertThat(Outcome.of(status)).as("status %d", status)
                                        .isEqualTo(row.expected(role, relation));
                            }));
                }
            }
        }
        return tests.stream();
    }

    /** Discovery, run by hand: what every endpoint answers, as rows of the table (review before copying!). */
    @Test
    @EnabledIfSystemProperty(named = "unionaid.matrix.discover", matches = "true")
    void discover() throws Exception {
        MatrixWorld.World world = worlds.world();
        Map<String, Row> table = table();
        List<String> lines = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            Row known = table.get(endpoint.key());
            Target target = known != null ? known.target() : guess(endpoint);
            StringBuilder line = new StringBuilder(endpoint.key() + " | " + target + " |");
            for (Role role : Role.values()) {
                List<String> seen = new ArrayList<>();
                for (Relation relation : target.relations()) {
                    int status = call(world, endpoint, target, role, relation);
                    seen.add((relation == null ? "-" : relation) + "=" + status);
                }
                line.append(' ').append(role).append('{').append(String.join(",", seen)).append('}');
            }
            lines.add(line.toString());
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "authorisation-matrix.txt"), lines);
        }
    }

    private static Target guess(Endpoint endpoint) {
        String path = endpoint.pattern();
        if (!path.contains("{")) {
            return Target.NONE;
        }
        for (var prefix : List.of(
                Map.entry("/files/import/", Target.UPLOAD), Map.entry("/files/", Target.FILE),
                Map.entry("/approvals/", Target.FILE),
                Map.entry("/notices/", Target.NOTICE), Map.entry("/visits/photos/", Target.PHOTO),
                Map.entry("/campaigns/", Target.CAMPAIGN), Map.entry("/allocations/", Target.ALLOCATION),
                Map.entry("/transfers/", Target.TRANSFER), Map.entry("/batches/", Target.BATCH),
                Map.entry("/bank-files/", Target.BANK_FILE), Map.entry("/delegations/", Target.DELEGATION),
                Map.entry("/ledger/entries/", Target.ENTRY), Map.entry("/admin/organisations/", Target.ORGANISATION),
                Map.entry("/admin/users/", Target.USER), Map.entry("/admin/living-standards/", Target.STANDARD))) {
            if (path.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        if (path.contains("{child}")) {
            return Target.CHILD_REPORT;
        }
        return path.contains("{union}") ? Target.REPORT : path.contains("{campaign}/summary") ? Target.CAMPAIGN
                : Target.OWN_REPORT;
    }

    /** One call, as the user of {@code role} standing in {@code relation} to the target, rolled back after. */
    private int call(MatrixWorld.World world, Endpoint endpoint, Target target, Role role, Relation relation) {
        String login = relation == null ? world.login(role) : world.login(role, target.place, relation);
        AbstractMockHttpServletRequestBuilder<?> request = endpoints.request(endpoint, target.variables.apply(world),
                name -> parameter(world, name), null)
                .with(user(users.loadUserByUsername(login)));
        if (!endpoint.isGet()) {
            request.with(csrf());
        }
        Integer status = transaction.execute(tx -> {
            tx.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception failure) {
                return 599;
            }
        });
        return status;
    }

    /** Required parameters that name something of the world. */
    private static String parameter(MatrixWorld.World world, String name) {
        return switch (name) {
            case "template" -> String.valueOf(world.id("template"));
            case "file" -> String.valueOf(world.id("noticedFile"));
            case "union", "newParentId" -> String.valueOf(world.id("county"));
            case "person" -> "0";
            default -> null;
        };
    }
}
