package org.unionaid.persistence.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.enterprise.EnterpriseVisit;
import org.unionaid.domain.enterprise.Enterprises;
import org.unionaid.domain.enterprise.HardshipEnterprise;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** Enterprises in difficulty and the visits paid to them, in PostgreSQL; written once, never edited. */
@Repository
class JdbcEnterprises implements Enterprises {

    private static final String ENTERPRISES = """
            select e.*, o.name as organisation_name
              from hardship_enterprise e join organisation o on o.id = e.organisation_id
            """;

    private final JdbcClient jdbc;

    JdbcEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('hardship_enterprise_seq')").query(Long.class).single();
    }

    @Override
    public boolean add(HardshipEnterprise enterprise, long createdBy) {
        return jdbc.sql("""
                insert into hardship_enterprise (id, organisation_id, name, credit_code, difficulty, employees,
                                                 created_by, created_at)
                values (:id, :union, :name, :code, :difficulty, :employees, :by, :at)
                on conflict (organisation_id, name) do nothing
                """).param("id", enterprise.id()).param("union", enterprise.organisationId())
                .param("name", enterprise.name()).param("code", enterprise.creditCode())
                .param("difficulty", enterprise.difficulty()).param("employees", enterprise.employees())
                .param("by", createdBy).param("at", Timestamp.from(enterprise.createdAt())).update() == 1;
    }

    @Override
    public Optional<HardshipEnterprise> find(long id) {
        return jdbc.sql(ENTERPRISES + " where e.id = :id").param("id", id).query(JdbcEnterprises::enterprise)
                .optional();
    }

    @Override
    public List<HardshipEnterprise> of(OrganisationPath scope) {
        return jdbc.sql(ENTERPRISES + " where o.path >= :lower and o.path < :upper order by o.path, e.name")
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query(JdbcEnterprises::enterprise).list();
    }

    @Override
    public long nextVisitId() {
        return jdbc.sql("select nextval('enterprise_visit_seq')").query(Long.class).single();
    }

    @Override
    public void addVisit(EnterpriseVisit visit, long createdBy, Instant createdAt) {
        jdbc.sql("""
                insert into enterprise_visit (id, enterprise_id, organisation_id, visited_on, visitors, cash, goods,
                                              goods_value, notes, created_by, created_at)
                values (:id, :enterprise, :union, :on, :visitors, :cash, :goods, :value, :notes, :by, :at)
                """).param("id", visit.id()).param("enterprise", visit.enterpriseId())
                .param("union", visit.organisationId()).param("on", visit.visitedOn())
                .param("visitors", visit.visitors()).param("cash", visit.cash().toBigDecimal())
                .param("goods", visit.goods()).param("value", visit.goodsValue().toBigDecimal())
                .param("notes", visit.notes()).param("by", createdBy).param("at", Timestamp.from(createdAt))
                .update();
    }

    @Override
    public List<EnterpriseVisit> visitsOf(long enterpriseId) {
        return jdbc.sql("""
                select v.*, o.name as organisation_name from enterprise_visit v
                  join organisation o on o.id = v.organisation_id
                 where v.enterprise_id = :enterprise order by v.visited_on desc, v.id desc
                """).param("enterprise", enterpriseId)
                .query((rs, row) -> new EnterpriseVisit(rs.getLong("id"), rs.getLong("enterprise_id"),
                        rs.getLong("organisation_id"), rs.getString("organisation_name"),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("visitors"),
                        Money.of(rs.getBigDecimal("cash")), rs.getString("goods"),
                        Money.of(rs.getBigDecimal("goods_value")), rs.getString("notes")))
                .list();
    }

    private static HardshipEnterprise enterprise(ResultSet rs, int row) throws SQLException {
        return new HardshipEnterprise(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("difficulty"),
                rs.getObject("employees", Integer.class), rs.getTimestamp("created_at").toInstant());
    }
}
