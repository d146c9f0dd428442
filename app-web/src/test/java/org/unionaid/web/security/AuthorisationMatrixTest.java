package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.AccessTable;
import org.unionaid.web.support.AccessTable.Outcome;
import org.unionaid.web.support.AccessTable.Row;
import org.unionaid.web.support.AccessTable.Target;
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
 * Each call runs in a transaction of its own that is rolled back ({@link AccessTable}); the world it calls into is
 * {@link MatrixWorld}. "Allowed" means the access checks let the user through: the step may still be refused by
 * a business rule, shown where the user acted (a form error, a flash message, the 409 page) — never a 403.
 * Specifies R-SEC-01 (docs/rules.md).
 */
@WebIntegrationTest
public class AuthorisationMatrixTest {

    /**
     * One row per endpoint: {@code method path [condition] | target | grants}. The target is what the path names
     * ({@link Target}); the grants say which roles may act and where the target may lie for them:
     * {@code ROLE[,ROLE…]:RELATION[,RELATION…]} ({@code ALL} every role, {@code ANY} every relation, {@code -}
     * none), or for a target of {@code NONE} just the roles. Everyone else is refused with a 403 — except that a
     * trailing {@code 404} says the row's roles meet a target they may not reach as "not found" (an upload is its
     * uploader's alone). {@code PERSONAL_DATA_REVEAL} is a role here too, held alone.
     */
    public static final List<String> TABLE = List.of(
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
            "GET /audit/desk                                         | NONE         | AUDITOR",
            "GET /audit/desk/runs/{id}                               | RUN          | AUDITOR:OWN,CHILD,PARENT",
            "GET /audit/desk/runs/{id}/hit                           | RUN          | AUDITOR:OWN,CHILD,PARENT",
            "GET /audit/desk/runs/{id}/hits                          | RUN          | AUDITOR:OWN,CHILD,PARENT",
            "GET /audit/desk/runs/{id}/progress                      | RUN          | AUDITOR:OWN,CHILD,PARENT",
            "GET /audit/papers                                       | NONE         | AUDITOR",
            "GET /audit/papers.pdf                                   | NONE         | AUDITOR",
            "GET /audit/papers.xlsx                                  | NONE         | AUDITOR",
            "GET /audit/samples                                      | NONE         | AUDITOR",
            "GET /audit/samples/{id}                                 | SAMPLE       | AUDITOR:OWN,CHILD",
            "GET /audit/settings                                     | NONE         | AUDITOR,ADMIN",
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
            "GET /enterprises                                        | NONE         | ALL",
            "GET /enterprises/{id}                                   | ENTERPRISE   | ALL:OWN,CHILD",
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
            "GET /findings                                           | NONE         | CLERK,REVIEWER,APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /findings/new                                       | NONE         | AUDITOR",
            "GET /findings/{id}                                      | FINDING      | CLERK,REVIEWER,APPROVER,FINANCE,ADMIN:OWN AUDITOR:OWN,CHILD",
            "GET /findings/{id}/evidence/{evidence}                  | FINDING      | CLERK,REVIEWER,APPROVER,FINANCE,ADMIN:OWN AUDITOR:OWN,CHILD",
            "GET /ledger                                             | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /ledger/checkpoint                                  | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /ledger/entries/{id}                                | ENTRY        | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
            "GET /ledger/export                                      | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "GET /login                                              | NONE         | ALL",
            "GET /login/code                                         | NONE         | ALL",
            "GET /login/enrol                                        | NONE         | ALL",
            "GET /notices                                            | NONE         | ALL",
            "GET /notices/new                                        | NONE         | REVIEWER",
            "GET /notices/{id}                                       | NOTICE       | ALL:OWN,CHILD",
            "GET /notices/{id}/pdf                                   | NOTICE       | ALL:OWN,CHILD",
            "GET /offline/visits                                     | NONE         | CLERK,REVIEWER",
            "GET /offline/visits/key                                 | NONE         | CLERK,REVIEWER",
            "GET /offline/visits/list                                | NONE         | CLERK,REVIEWER",
            "GET /recipients                                         | NONE         | ALL",
            "GET /recipients/{id}                                    | RECIPIENT    | ALL:OWN,CHILD",
            "GET /reports                                            | NONE         | ALL",
            "GET /reports/inbox                                      | NONE         | ALL",
            "GET /reports/periods/new                                | NONE         | APPROVER,ADMIN",
            "GET /reports/summary-documents/{id}                     | SUMMARY_DOCUMENT | ALL:OWN,CHILD",
            "GET /reports/{period}/summary                           | PERIOD       | ALL",
            "GET /reports/{period}/{form}/{union}                    | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{period}/{form}/{union}/records            | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{period}/{form}/{union}/table.pdf          | REPORT       | ALL:OWN,CHILD",
            "GET /reports/{period}/{form}/{union}/table.xlsx         | REPORT       | ALL:OWN,CHILD",
            "GET /trace/files/{id}                                   | TRACE_FILE   | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
            "GET /trace/lines/{id}                                   | TRACE_LINE   | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
            "GET /trace/returns/{id}                                 | TRACE_RETURN | APPROVER,FINANCE,AUDITOR,ADMIN:OWN,CHILD",
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
            "POST /admin/users/{id}/second-factor/reset              | USER         | ADMIN:OWN,CHILD",
            "POST /admin/users/{id}/unlock                           | USER         | ADMIN:OWN,CHILD",
            "POST /allocations/{id}/matches                          | ALLOCATION   | FINANCE:PARENT",
            "POST /approvals                                         | NONE         | APPROVER",
            "POST /approvals/{id}/return                             | FILE         | APPROVER:OWN,CHILD",
            "POST /audit/desk/runs                                   | NONE         | AUDITOR",
            "POST /audit/desk/runs/{id}/hit/dismiss                  | RUN          | AUDITOR:OWN,CHILD,PARENT",
            "POST /audit/samples                                     | NONE         | AUDITOR",
            "POST /audit/settings                                    | NONE         | AUDITOR,ADMIN",
            "POST /bank-templates                                    | TOP          | ADMIN:OWN",
            "POST /batches                                           | NONE         | FINANCE",
            "POST /batches/{id}/approve                              | BATCH        | APPROVER:OWN,CHILD",
            "POST /batches/{id}/bank-file                            | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/fill                                 | BATCH        | FINANCE:OWN",
            "POST /batches/{id}/fill-named                           | BATCH        | FINANCE:OWN",
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
            "POST /enterprises                                       | NONE         | CLERK,REVIEWER,APPROVER",
            "POST /enterprises/{id}/visits                           | ENTERPRISE   | CLERK,REVIEWER,APPROVER:OWN,CHILD",
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
            "POST /findings                                          | NONE         | AUDITOR",
            "POST /findings/{id}/answer                              | FINDING      | CLERK,REVIEWER,APPROVER,FINANCE,ADMIN:OWN AUDITOR:OWN,CHILD",
            "POST /findings/{id}/confirm                             | FINDING      | CLERK,REVIEWER,APPROVER,FINANCE,ADMIN:OWN AUDITOR:OWN,CHILD",
            "POST /findings/{id}/return                              | FINDING      | CLERK,REVIEWER,APPROVER,FINANCE,ADMIN:OWN AUDITOR:OWN,CHILD",
            "POST /ledger/checkpoint/verify                          | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "POST /ledger/verify                                     | NONE         | APPROVER,FINANCE,AUDITOR,ADMIN",
            "POST /login/code                                        | NONE         | ALL",
            "POST /login/enrol                                       | NONE         | ALL",
            "POST /notices                                           | NONE         | REVIEWER",
            "POST /notices/{id}/close                                | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /notices/{id}/objections                           | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /notices/{id}/objections/{objection}               | NOTICE       | REVIEWER:OWN,CHILD",
            "POST /offline/visits                                    | NONE         | CLERK,REVIEWER",
            "POST /recipients                                        | NONE         | CLERK,APPROVER,FINANCE",
            "POST /recipients/{id}/visits                            | RECIPIENT    | CLERK,REVIEWER:OWN,CHILD",
            "POST /reports/periods                                   | NONE         | APPROVER,ADMIN",
            "POST /reports/{period}/{form}/manual                    | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{period}/{form}/submit                    | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{period}/{form}/written-summary           | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{period}/{form}/written-summary/document  | OWN_REPORT   | CLERK,APPROVER,ADMIN",
            "POST /reports/{period}/{form}/{child}/accept            | CHILD_REPORT | APPROVER,ADMIN:OWN,CHILD",
            "POST /reports/{period}/{form}/{child}/remind            | CHILD_REPORT | CLERK,APPROVER,ADMIN:OWN,CHILD",
            "POST /reports/{period}/{form}/{child}/return            | CHILD_REPORT | APPROVER,ADMIN:OWN,CHILD",
            "POST /transfers                                         | NONE         | FINANCE",
            "POST /transfers/{id}/approve                            | TRANSFER     | APPROVER,ADMIN:OWN",
            "POST /transfers/{id}/reject                             | TRANSFER     | APPROVER,ADMIN:OWN",
            "POST /visits/group                                      | NONE         | CLERK,REVIEWER");

    @Autowired
    Endpoints endpoints;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    AccessTable access;

    static Map<String, Row> table() {
        return AccessTable.parse(TABLE);
    }

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
                                int status = access.call(world, endpoint, row.target(), role, relation, null);
                                assertThat(Outcome.of(status)).as("status %d", status)
                                        .isEqualTo(row.expected(role, relation));
                            }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Discovery, run by hand ({@code -Dunionaid.matrix.discover=true}): what every endpoint answers, per role and
     * relation, written to {@code authorisation-matrix.txt} in the temporary directory — the raw material for the
     * row of a new endpoint, to be read against the domain's rules before it goes into {@link #TABLE}.
     */
    @Test
    @EnabledIfSystemProperty(named = "unionaid.matrix.discover", matches = "true")
    void discover() throws Exception {
        MatrixWorld.World world = worlds.world();
        Map<String, Row> table = table();
        List<String> lines = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            Row known = table.get(endpoint.key());
            Target target = known != null ? known.target() : AccessTable.guess(endpoint);
            StringBuilder line = new StringBuilder(endpoint.key() + " | " + target + " |");
            for (Role role : Role.values()) {
                List<String> seen = new ArrayList<>();
                for (Relation relation : target.relations()) {
                    int status = access.call(world, endpoint, target, role, relation, null);
                    seen.add((relation == null ? "-" : relation) + "=" + status);
                }
                line.append(' ').append(role).append('{').append(String.join(",", seen)).append('}');
            }
            lines.add(line.toString());
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "authorisation-matrix.txt"), lines);
        }
        assertThat(lines).as("one line per endpoint").hasSize(endpoints.all().size());
    }

}
