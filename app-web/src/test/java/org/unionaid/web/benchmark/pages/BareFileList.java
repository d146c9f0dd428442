package org.unionaid.web.benchmark.pages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The baseline of the pages benchmark ({@code benchmarks/pages/run.sh}): the file list's 20 rows of a union's
 * subtree, newest first as the list shows them, from one {@link JdbcTemplate} query, rendered by a bare Thymeleaf
 * page with no layout, no filters and no pager. What a page of 20 files costs at the least in this application:
 * the same servlet stack, security (a signed-in session is needed, as for every page), template engine and
 * messages.
 * <p>
 * Benchmark only: it lives in the test sources, which the application's jar does not hold, and loads only with
 * the profile {@code pages-benchmark}, which nothing but the benchmark's start switches on. The benchmark puts
 * this package's classes beside the packaged jar ({@code loader.path}), so the application around it is the
 * one production runs.
 */
@Controller
@Profile(BareFileList.PROFILE)
class BareFileList {

    static final String PROFILE = "pages-benchmark";

    private final JdbcTemplate jdbc;

    BareFileList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row as the list shows it: the category as decided, else as suggested; household = worker + members. */
    record Row(long id, String workerName, String maskedWorkerId, String unionName, int householdSize, String category,
            String status, Instant updatedAt) {
    }

    @GetMapping("/benchmark/bare-files")
    String files(@RequestParam long union, Model model) {
        List<Row> rows = jdbc.query("""
                select f.id, f.worker_name, f.worker_id_masked, o.name,
                       1 + (select count(*) from household_member m where m.file_id = f.id) as household,
                       coalesce(f.confirmed_category, f.suggested_category) as category, f.status, f.updated_at
                  from organisation u
                  join organisation o on o.path >= u.path and o.path < left(u.path, -1) || '0'
                  join hardship_file f on f.organisation_id = o.id
                 where u.id = ?
                 order by f.created_at desc, f.id desc
                 limit 20
                """, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, Timestamp.class).toInstant()), union);
        model.addAttribute("rows", rows);
        return "benchmark/bare-files";
    }
}
