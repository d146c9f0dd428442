package org.unionaid.persistence.workpaper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.workpaper.Sample;
import org.unionaid.domain.workpaper.SampleItem;
import org.unionaid.domain.workpaper.SampleKind;
import org.unionaid.domain.workpaper.Samples;

/**
 * R-AUDIT-09 — samples drawn in SQL: the population ordered by {@code md5(seed:id)} (then id), its first share
 * (rounded up) kept. The order depends on nothing but the seed and the ids, so the same seed over the same
 * records draws the same sample, on any server, at any time.
 */
@Repository
class JdbcSamples implements Samples {

    private static final String PAID_LINES = """
            select l.id from disbursement_line l
              join disbursement_batch b on b.id = l.batch_id
              join organisation o on o.id = b.paying_union_id
             where l.status = 'PAID' and l.campaign_id = :campaign and o.path >= :lower and o.path < :upper
            """;

    private static final String FILES = """
            select f.id from hardship_file f join organisation o on o.id = f.organisation_id
             where f.status = 'APPROVED' and o.path >= :lower and o.path < :upper
            """;

    private final JdbcClient jdbc;

    JdbcSamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('audit_sample_seq')").query(Long.class).single();
    }

    @Override
    public int draw(long id, SampleKind kind, long scopeUnionId, OrganisationPath scope, Long campaignId, long seed,
            BigDecimal percent, long drawnBy, Instant at) {
        String population = kind == SampleKind.PAID_LINES ? PAID_LINES : FILES;
        int count = jdbc.sql("select count(*) from (" + population + ") p").param("campaign", campaignId)
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound()).query(Integer.class).single();
        jdbc.sql("""
                insert into audit_sample (id, kind, scope_union_id, scope_path, campaign_id, seed, percent, population,
                                          drawn_by, drawn_at)
                values (:id, :kind, :union, :path, :campaign, :seed, :percent, :population, :by, :at)
                """).param("id", id).param("kind", kind.name()).param("union", scopeUnionId)
                .param("path", scope.value()).param("campaign", campaignId).param("seed", seed)
                .param("percent", percent).param("population", count).param("by", drawnBy)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                insert into audit_sample_item (sample_id, position, record_type, record_id)
                select :id, row_number() over (order by md5(cast(:seed as text) || ':' || p.id), p.id), :type, p.id
                  from (%s) p
                 order by md5(cast(:seed as text) || ':' || p.id), p.id
                 limit ceil(:population * cast(:percent as numeric) / 100)
                """.formatted(population)).param("id", id).param("seed", seed)
                .param("type", kind == SampleKind.PAID_LINES ? "disbursement_line" : "hardship_file")
                .param("campaign", campaignId).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .param("population", count).param("percent", percent).update();
        return count;
    }

    @Override
    public Optional<Sample> find(long id) {
        return jdbc.sql(SAMPLES + " where s.id = :id").param("id", id).query(JdbcSamples::sample).optional();
    }

    @Override
    public List<Sample> seenFrom(OrganisationPath reader, int limit) {
        return jdbc.sql(SAMPLES + """
                 where s.scope_path >= :lower and s.scope_path < :upper
                 order by s.drawn_at desc, s.id desc limit :limit
                """).param("lower", reader.lowerBound()).param("upper", reader.upperBound()).param("limit", limit)
                .query(JdbcSamples::sample).list();
    }

    @Override
    public List<SampleItem> items(long sampleId) {
        return jdbc.sql("""
                select i.position, i.record_type, i.record_id, f.worker_name, o.name as union_name, l.amount,
                       coalesce(f.confirmed_category, f.suggested_category) as category
                  from audit_sample_item i
                  left join disbursement_line l on i.record_type = 'disbursement_line' and l.id = i.record_id
                  left join disbursement_batch b on b.id = l.batch_id
                  join hardship_file f on f.id = case when i.record_type = 'hardship_file' then i.record_id else l.file_id end
                  join organisation o on o.id = case when i.record_type = 'hardship_file' then f.organisation_id
                                                     else b.paying_union_id end
                 where i.sample_id = :id
                 order by i.position
                """).param("id", sampleId).query((rs, row) -> {
                    String category = rs.getString("category");
                    BigDecimal amount = rs.getBigDecimal("amount");
                    return new SampleItem(rs.getInt("position"),
                            new RecordRef(rs.getString("record_type"), rs.getLong("record_id")),
                            rs.getString("worker_name"), rs.getString("union_name"),
                            amount == null ? null : Money.of(amount),
                            category == null ? null : HardshipCategory.valueOf(category));
                }).list();
    }

    private static final String SAMPLES = """
            select s.*, o.name as scope_name, c.name as campaign_name, u.display_name,
                   (select count(*) from audit_sample_item i where i.sample_id = s.id) as size
              from audit_sample s
              join organisation o on o.id = s.scope_union_id
              join user_account u on u.id = s.drawn_by
              left join campaign c on c.id = s.campaign_id
            """;

    private static Sample sample(ResultSet rs, int row) throws SQLException {
        return new Sample(rs.getLong("id"), SampleKind.valueOf(rs.getString("kind")), rs.getLong("scope_union_id"),
                rs.getString("scope_name"), rs.getString("scope_path"), rs.getObject("campaign_id", Long.class),
                rs.getString("campaign_name"), rs.getLong("seed"), rs.getBigDecimal("percent"),
                rs.getInt("population"), rs.getInt("size"), rs.getString("display_name"),
                rs.getTimestamp("drawn_at").toInstant());
    }
}
