package org.unionaid.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * The action log as plain inserts into {@code audit_event}, a table on which PostgreSQL refuses
 * UPDATE, DELETE and TRUNCATE. The actor's organisation path is copied into the row so an auditor's
 * subtree is one range scan, and stays right even if the organisation later moves.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_login, actor_user_id, actor_organisation_id, actor_path,
                                         remote_address, action, target_type, target_id, outcome, detail)
                values (:occurredAt, :login, :userId, :organisationId,
                        (select path from organisation where id = :organisationId),
                        :remoteAddress, :action, :targetType, :targetId, :outcome, :detail)
                """)
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("login", truncate(entry.actorLogin(), 64))
                .param("userId", entry.actorUserId())
                .param("organisationId", entry.actorOrganisationId())
                .param("remoteAddress", truncate(entry.remoteAddress(), 64))
                .param("action", entry.action().name())
                .param("targetType", entry.targetType())
                .param("targetId", truncate(entry.targetId(), 64))
                .param("outcome", entry.outcome().name())
                .param("detail", truncate(entry.detail(), MAX_DETAIL))
                .update();
    }

    @Override
    public long count(OrganisationPath scope, Set<AuditOutcome> outcomes, Instant since) {
        return jdbc.sql("""
                select count(*) from audit_event
                 where actor_path >= :lower and actor_path < :upper and outcome in (:outcomes) and occurred_at >= :since
                """)
                .param("lower", scope.lowerBound())
                .param("upper", scope.upperBound())
                .param("outcomes", outcomes.stream().map(Enum::name).toList())
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    @Override
    public Page<AuditEntry> search(OrganisationPath scope, Pageable pageable) {
        List<AuditEntry> entries = jdbc.sql("""
                select occurred_at, actor_login, actor_user_id, actor_organisation_id, remote_address, action,
                       target_type, target_id, outcome, detail
                  from audit_event
                 where actor_path >= :lower and actor_path < :upper
                 order by occurred_at desc, id desc
                 limit :limit offset :offset
                """)
                .param("lower", scope.lowerBound())
                .param("upper", scope.upperBound())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(JdbcAuditLog::entry)
                .list();
        long total = jdbc.sql("select count(*) from audit_event where actor_path >= :lower and actor_path < :upper")
                .param("lower", scope.lowerBound())
                .param("upper", scope.upperBound())
                .query(Long.class)
                .single();
        return new PageImpl<>(entries, pageable, total);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_login"),
                rs.getObject("actor_user_id", Long.class), rs.getObject("actor_organisation_id", Long.class),
                rs.getString("remote_address"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("target_type"), rs.getString("target_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"));
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
