package org.unionaid.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.Endpoints.Endpoint;
import org.unionaid.web.support.MatrixWorld.Relation;

/**
 * How the authorisation table of {@code AuthorisationMatrixTest} is read and walked: what a row's target is and
 * where it lies ({@link Target}), what a row expects ({@link Row}), what a call came to ({@link Outcome}), and the
 * call itself, as a user of one role standing in one relation to the target, in a transaction rolled back after.
 * The masked pages and the bad input are walked over the same table.
 */
@Component
public class AccessTable {

    /** Looked up when a call is made: a second application context of a test (a second node) has no MockMvc. */
    private final ObjectProvider<MockMvc> mvc;
    private final Endpoints endpoints;
    private final DemoUsers demo;
    private final TransactionTemplate transaction;
    private String lastFailure;

    AccessTable(ObjectProvider<MockMvc> mvc, Endpoints endpoints, DemoUsers demo, TransactionTemplate transaction) {
        this.mvc = mvc;
        this.endpoints = endpoints;
        this.demo = demo;
        this.transaction = transaction;
    }

    /** What a path variable points at, and where that object lies (its union, by code). */
    public enum Target {
        NONE(null, w -> Map.of()),
        TOP(MatrixWorld.TOP, w -> Map.of()),
        FILE(MatrixWorld.BASE, w -> Map.of("id", w.id("file"), "attachmentId", w.id("attachment"),
                "measure", w.id("measure"))),
        NOTICE(MatrixWorld.BASE, w -> Map.of("id", w.id("notice"), "objection", w.id("objection"))),
        PHOTO(MatrixWorld.BASE, w -> Map.of("id", w.id("photo"))),
        UPLOAD(MatrixWorld.BASE, w -> Map.of("id", w.id("upload"))),
        CAMPAIGN(MatrixWorld.COUNTY, w -> Map.of("id", w.id("campaign"))),
        PERIOD(null, w -> Map.of("period", w.id("period"))),
        OWN_REPORT(null, w -> Map.of("period", w.id("period"), "form", "WARMTH")),
        REPORT(MatrixWorld.COUNTY, w -> Map.of("period", w.id("period"), "form", "WARMTH", "union", w.id("county"))),
        CHILD_REPORT(MatrixWorld.BASE, w -> Map.of("period", w.id("period"), "form", "WARMTH",
                "child", w.id("base"))),
        SUMMARY_DOCUMENT(MatrixWorld.BASE, w -> Map.of("id", w.id("summaryDocument"))),
        RECIPIENT(MatrixWorld.BASE, w -> Map.of("id", w.id("recipient"))),
        ENTERPRISE(MatrixWorld.BASE, w -> Map.of("id", w.id("enterprise"))),
        ALLOCATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("allocation"))),
        TRANSFER(MatrixWorld.COUNTY, w -> Map.of("id", w.id("transfer"))),
        BATCH(MatrixWorld.COUNTY, w -> Map.of("id", w.id("batch"), "line", w.id("line"), "scan", w.id("scan"))),
        BANK_FILE(MatrixWorld.COUNTY, w -> Map.of("fileId", w.id("bankFile"))),
        DELEGATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("delegation"))),
        ENTRY(MatrixWorld.COUNTY, w -> Map.of("id", w.id("entry"))),
        ORGANISATION(MatrixWorld.COUNTY, w -> Map.of("id", w.id("county"))),
        USER(MatrixWorld.COUNTY, w -> Map.of("id", w.id("countyUser"))),
        STANDARD(MatrixWorld.CITY, w -> Map.of("id", w.id("standard"))),
        RUN(MatrixWorld.COUNTY, w -> Map.of("id", w.id("run"))),
        FINDING(MatrixWorld.BASE, w -> Map.of("id", w.id("finding"), "evidence", w.id("evidence"))),
        SAMPLE(MatrixWorld.COUNTY, w -> Map.of("id", w.id("sample"))),
        TRACE_LINE(MatrixWorld.COUNTY, w -> Map.of("id", w.id("line"))),
        TRACE_RETURN(MatrixWorld.COUNTY, w -> Map.of("id", w.id("return"))),
        TRACE_FILE(MatrixWorld.BASE, w -> Map.of("id", w.id("file")));

        final String place;
        private final Function<MatrixWorld.World, Map<String, ?>> variables;

        Target(String place, Function<MatrixWorld.World, Map<String, ?>> variables) {
            this.place = place;
            this.variables = variables;
        }

        /** The path variables naming this target in {@code world}. */
        public Map<String, ?> variables(MatrixWorld.World world) {
            return variables.apply(world);
        }

        /** The relations a user may stand in to this target ({@code null}: the target names no union). */
        public List<Relation> relations() {
            return place == null ? java.util.Collections.singletonList(null)
                    : List.copyOf(new TreeSet<>(MatrixWorld.relationsAround(place)));
        }
    }

    /** What a call came to. */
    public enum Outcome {
        ALLOWED, DENIED, HIDDEN, ERROR;

        public static Outcome of(int status) {
            return status >= 500 ? ERROR : status == 403 ? DENIED : status == 404 ? HIDDEN : ALLOWED;
        }
    }

    /** One parsed row of {@link #TABLE}. */
    public record Row(String key, Target target, Map<Role, Set<Relation>> grants, boolean hidden) {

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

        public Outcome expected(Role role, Relation relation) {
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

    /** The rows of a table, by endpoint key; a key twice is a mistake of the table. */
    public static Map<String, Row> parse(List<String> table) {
        Map<String, Row> rows = new LinkedHashMap<>();
        table.stream().map(Row::parse).forEach(row -> {
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException("twice in the table: " + row.key());
            }
        });
        return rows;
    }


    /** The target a new endpoint most likely names, by its path (for discovery, never for the expectations). */
    public static Target guess(Endpoint endpoint) {
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
                Map.entry("/admin/users/", Target.USER), Map.entry("/admin/living-standards/", Target.STANDARD),
                Map.entry("/audit/desk/runs/", Target.RUN), Map.entry("/findings/", Target.FINDING),
                Map.entry("/audit/samples/", Target.SAMPLE), Map.entry("/trace/lines/", Target.TRACE_LINE),
                Map.entry("/trace/returns/", Target.TRACE_RETURN), Map.entry("/trace/files/", Target.TRACE_FILE),
                Map.entry("/recipients/", Target.RECIPIENT), Map.entry("/enterprises/", Target.ENTERPRISE),
                Map.entry("/reports/summary-documents/", Target.SUMMARY_DOCUMENT))) {
            if (path.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        if (path.contains("{child}")) {
            return Target.CHILD_REPORT;
        }
        return path.contains("{union}") ? Target.REPORT : path.endsWith("{period}/summary") ? Target.PERIOD
                : Target.OWN_REPORT;
    }


    /**
     * One call, as the user of {@code role} standing in {@code relation} to the target, with {@code text} in every
     * text parameter when it is not {@code null}; rolled back after. An exception the application lets through
     * counts as 599.
     */
    public int call(MatrixWorld.World world, Endpoint endpoint, Target target, Role role, Relation relation,
            String text) {
        String login = relation == null ? world.login(role) : world.login(role, target.place, relation);
        AbstractMockHttpServletRequestBuilder<?> request = endpoints.request(endpoint, target.variables(world),
                name -> parameter(world, name), text)
                .with(demo.as(login));
        if (!endpoint.isGet()) {
            request.with(csrf());
        }
        Integer status = transaction.execute(tx -> {
            tx.setRollbackOnly();
            try {
                return mvc.getObject().perform(request).andReturn().getResponse().getStatus();
            } catch (Exception failure) {
                Throwable cause = failure;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                lastFailure = cause.toString();
                return 599;
            }
        });
        return status;
    }

    /** What the last call that failed with an exception threw, at its root. */
    public String lastFailure() {
        return lastFailure;
    }

    /** The login {@link #call} would use. */
    public static String login(MatrixWorld.World world, Target target, Role role, Relation relation) {
        return relation == null ? world.login(role) : world.login(role, target.place, relation);
    }

    /** Required parameters that name something of the world. */
    public static String parameter(MatrixWorld.World world, String name) {
        return switch (name) {
            case "template" -> String.valueOf(world.id("template"));
            case "file" -> String.valueOf(world.id("noticedFile"));
            case "union", "newParentId" -> String.valueOf(world.id("county"));
            case "person" -> "0";
            case "rule", "key" -> world.texts().get(name);
            default -> null;
        };
    }
}
