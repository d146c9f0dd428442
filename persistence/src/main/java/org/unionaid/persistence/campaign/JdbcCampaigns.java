package org.unionaid.persistence.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.Campaigns;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** Campaigns with their standards and allowed sources, in PostgreSQL. */
@Repository
class JdbcCampaigns implements Campaigns {

    private static final String SELECT = """
            select c.id, c.name, c.year, c.starts_on, c.ends_on, c.organisation_id, o.name as organisation_name,
                   c.reporting_deadline, c.study_living_cost_monthly, c.filing_deadline
              from campaign c join organisation o on o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;

    JdbcCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('campaign_seq')").query(Long.class).single();
    }

    @Override
    public void add(Campaign campaign, long createdBy) {
        jdbc.sql("""
                insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline,
                                      study_living_cost_monthly, filing_deadline, created_by, created_at)
                values (:id, :name, :year, :starts, :ends, :organisation, :deadline, :study, :filing, :by, :at)
                """).param("id", campaign.id()).param("name", campaign.name()).param("year", campaign.year())
                .param("starts", campaign.startsOn()).param("ends", campaign.endsOn())
                .param("organisation", campaign.organisationId()).param("deadline", campaign.reportingDeadline())
                .param("study", campaign.studyLivingCostMonthly() == null ? null
                        : campaign.studyLivingCostMonthly().toBigDecimal())
                .param("filing", campaign.filingDeadline())
                .param("by", createdBy).param("at", Timestamp.from(Instant.now())).update();
        for (Campaign.PaymentStandard standard : campaign.standards()) {
            jdbc.sql("insert into campaign_standard (campaign_id, category, purpose, amount) values (:c, :cat, :p, :a)")
                    .param("c", campaign.id()).param("cat", standard.category().name())
                    .param("p", standard.purpose().name()).param("a", standard.amount().toBigDecimal()).update();
        }
        campaign.allowedSources().forEach((purpose, sources) -> sources.forEach(source ->
                jdbc.sql("insert into campaign_source (campaign_id, purpose, source) values (:c, :p, :s)")
                        .param("c", campaign.id()).param("p", purpose.name()).param("s", source.name()).update()));
    }

    @Override
    public Optional<Campaign> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::campaign).optional();
    }

    @Override
    public List<Campaign> visibleFrom(OrganisationPath path) {
        // Organised by the union or above it: its path starts with the organiser's. Or below it: a path range.
        return jdbc.sql(SELECT + """
                 where :path like o.path || '%' or (o.path >= :lower and o.path < :upper)
                 order by c.starts_on desc, c.id desc
                """).param("path", path.value()).param("lower", path.lowerBound()).param("upper", path.upperBound())
                .query(this::campaign).list();
    }

    @Override
    public Optional<Closure> closure(long campaignId) {
        return jdbc.sql("select closed_on, closed_by, closed_at from campaign where id = :id and closed_on is not null")
                .param("id", campaignId)
                .query((rs, row) -> new Closure(rs.getObject("closed_on", LocalDate.class), rs.getLong("closed_by"),
                        rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void lockForClosing(long campaignId) {
        jdbc.sql("select id from campaign where id = :id for update").param("id", campaignId).query(Long.class).list();
    }

    @Override
    public OpenWork openWork(long campaignId) {
        // A line is settled once PAID or FAILED; PENDING covers lines sent to the bank (LineStatusSql reads them SENT).
        return jdbc.sql("""
                select (select count(*) from disbursement_batch b
                         where b.campaign_id = :c and b.status = 'DRAFT'
                           and exists (select 1 from disbursement_line l where l.batch_id = b.id)) as drafts,
                       (select count(*) from disbursement_line l join disbursement_batch b on b.id = l.batch_id
                         where b.campaign_id = :c and b.status = 'APPROVED' and l.status in ('PENDING', 'SENT'))
                           as unsettled
                """).param("c", campaignId)
                .query((rs, row) -> new OpenWork(rs.getInt("drafts"), rs.getInt("unsettled")))
                .single();
    }

    @Override
    public boolean close(long campaignId, Closure closure) {
        return jdbc.sql("""
                update campaign set closed_on = :on, closed_by = :by, closed_at = :at
                 where id = :id and closed_on is null
                """).param("on", closure.closedOn()).param("by", closure.closedBy())
                .param("at", Timestamp.from(closure.closedAt())).param("id", campaignId).update() == 1;
    }

    private Campaign campaign(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Campaign.PaymentStandard> standards = new ArrayList<>(jdbc.sql(
                "select category, purpose, amount from campaign_standard where campaign_id = :c order by category, purpose")
                .param("c", id)
                .query((r, n) -> new Campaign.PaymentStandard(HardshipCategory.valueOf(r.getString("category")),
                        FundPurpose.valueOf(r.getString("purpose")), Money.of(r.getBigDecimal("amount"))))
                .list());
        Map<FundPurpose, Set<FundSource>> sources = new EnumMap<>(FundPurpose.class);
        jdbc.sql("select purpose, source from campaign_source where campaign_id = :c").param("c", id)
                .query((r, n) -> Map.entry(FundPurpose.valueOf(r.getString("purpose")),
                        FundSource.valueOf(r.getString("source"))))
                .list().forEach(e -> sources.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(FundSource.class))
                        .add(e.getValue()));
        return new Campaign(id, rs.getString("name"), rs.getInt("year"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getLong("organisation_id"),
                rs.getString("organisation_name"), rs.getObject("reporting_deadline", LocalDate.class),
                rs.getBigDecimal("study_living_cost_monthly") == null ? null
                        : Money.of(rs.getBigDecimal("study_living_cost_monthly")),
                standards, sources, rs.getObject("filing_deadline", LocalDate.class));
    }
}
