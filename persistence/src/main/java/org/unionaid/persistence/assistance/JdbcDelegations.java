package org.unionaid.persistence.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Delegations;
import org.unionaid.domain.scope.OrganisationPath;

/** Delegations in PostgreSQL, with the name of the union that sends each. */
@Repository
class JdbcDelegations implements Delegations {

    private static final String SELECT = """
            select d.id, d.organisation_id, o.name as union_name, d.leader, d.members, d.starts_on, d.ends_on,
                   d.created_by
              from delegation d join organisation o on o.id = d.organisation_id
            """;

    private final JdbcClient jdbc;

    JdbcDelegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('delegation_seq')").query(Long.class).single();
    }

    @Override
    public void add(Delegation delegation) {
        jdbc.sql("""
                insert into delegation (id, organisation_id, leader, members, starts_on, ends_on, created_by, created_at)
                values (:id, :union, :leader, :members, :starts, :ends, :by, :at)
                """).param("id", delegation.id()).param("union", delegation.organisationId())
                .param("leader", delegation.leader()).param("members", delegation.members())
                .param("starts", delegation.startsOn()).param("ends", delegation.endsOn())
                .param("by", delegation.createdBy()).param("at", Timestamp.from(Instant.now())).update();
    }

    @Override
    public Optional<Delegation> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(JdbcDelegations::delegation).optional();
    }

    @Override
    public List<Delegation> visibleFrom(OrganisationPath scope, int limit) {
        return jdbc.sql(SELECT + """
                 where (o.path >= :lower and o.path < :upper) or d.organisation_id = any(:above::bigint[])
                 order by d.starts_on desc, d.id desc limit :limit
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .param("above", scope.ids().toArray(Long[]::new)).param("limit", limit)
                .query(JdbcDelegations::delegation).list();
    }

    @Override
    public List<Delegation> sentBy(Collection<Long> unionIds, LocalDate endingFrom) {
        return jdbc.sql(SELECT + """
                 where d.organisation_id = any(:unions::bigint[]) and d.ends_on >= :from
                 order by d.starts_on desc, d.id desc
                """).param("unions", unionIds.toArray(Long[]::new)).param("from", endingFrom)
                .query(JdbcDelegations::delegation).list();
    }

    private static Delegation delegation(ResultSet rs, int row) throws SQLException {
        return new Delegation(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("union_name"),
                rs.getString("leader"), rs.getString("members"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getLong("created_by"));
    }
}
