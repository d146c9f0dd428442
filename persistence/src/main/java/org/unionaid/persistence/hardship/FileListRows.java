package org.unionaid.persistence.hardship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.persistence.shared.LikePatterns;

/**
 * The file list's page as SQL: the rows it shows ({@link FileSummary}) and, for the pager, how many match. A list
 * across a subtree is a set-based read (docs/architecture.md), so it is plain SQL like the other lists of the
 * JDBC adapters: built as a JPA criteria query it was translated anew on every request (Hibernate does not cache
 * the plans of criteria queries), a fifth of the page's time. The filters and the order are those of
 * {@link FileListQuery#specification}, which the export still uses.
 */
final class FileListRows {

    /** The sortable properties ({@link HardshipFiles#SORTABLE}) and their columns. */
    private static final Map<String, String> COLUMNS = Map.of("workerName", "f.worker_name", "updatedAt",
            "f.updated_at", "createdAt", "f.created_at", "status", "f.status");

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code holders} are the files the person filter names, or {@code null} for no person filter. */
    FileListRows(OrganisationPath scope, String namePrefix, List<Long> holders, FileFilter filter) {
        where.append(" where o.path >= :lower and o.path < :upper");
        params.put("lower", scope.lowerBound());
        params.put("upper", scope.upperBound());
        if (namePrefix != null) {
            where.append(" and f.worker_name like :name escape '").append(LikePatterns.ESCAPE).append('\'');
            params.put("name", LikePatterns.startingWith(namePrefix));
        }
        if (holders != null) {
            where.append(" and f.id = any (:holders)");
            params.put("holders", holders.toArray(Long[]::new));
        }
        if (filter.status() != null) {
            where.append(" and f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" and coalesce(f.confirmed_category, f.suggested_category) = :category");
            params.put("category", filter.category().name());
        }
        if (filter.cause() != null) {
            where.append(" and code_set_has(f.causes, :cause)");
            params.put("cause", filter.cause().name());
        }
        if (filter.need() != null) {
            where.append(" and code_set_has(f.needs, :need)");
            params.put("need", filter.need().name());
        }
        if (filter.campaignReady()) {
            where.append(" and f.status = 'APPROVED' and f.bank_card_index is not null"
                    + " and f.confirmed_category is not null and f.confirmed_category <> 'NOT_ELIGIBLE'");
        }
    }

    /** The requested order if it is one the list offers, else newest first; the id breaks ties. */
    static Pageable ordered(Pageable pageable) {
        Sort requested = Sort.by(pageable.getSort().stream()
                .filter(order -> HardshipFiles.SORTABLE.contains(order.getProperty())).toList());
        Sort order = (requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "createdAt"))
                .and(Sort.by(Sort.Direction.DESC, "id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
    }

    /**
     * One page in the order of {@code ordered} (from {@link #ordered}); the household is counted for the rows
     * returned only, and the pager's count is asked only when the page is full.
     */
    Page<FileSummary> page(JdbcClient jdbc, Pageable ordered) {
        List<String> orderBy = new ArrayList<>();
        for (Sort.Order order : ordered.getSort()) {
            String column = "id".equals(order.getProperty()) ? "f.id" : COLUMNS.get(order.getProperty());
            orderBy.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        List<FileSummary> rows = jdbc.sql("""
                select f.id, f.worker_name, f.worker_id_masked, o.name,
                       1 + (select count(*) from household_member m where m.file_id = f.id),
                       coalesce(f.confirmed_category, f.suggested_category), f.status, f.updated_at
                  from hardship_file f join organisation o on o.id = f.organisation_id
                """ + where + " order by " + String.join(", ", orderBy) + " limit :limit offset :offset")
                .params(params).param("limit", ordered.getPageSize()).param("offset", ordered.getOffset())
                .query(FileListRows::summary).list();
        return PageableExecutionUtils.getPage(rows, ordered, () -> jdbc.sql(
                "select count(*) from hardship_file f join organisation o on o.id = f.organisation_id" + where)
                .params(params).query(Long.class).single());
    }

    private static FileSummary summary(ResultSet row, int number) throws SQLException {
        String category = row.getString(6);
        return new FileSummary(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                category == null ? null : HardshipCategory.valueOf(category), FileStatus.valueOf(row.getString(7)),
                row.getObject(8, OffsetDateTime.class).toInstant());
    }
}
