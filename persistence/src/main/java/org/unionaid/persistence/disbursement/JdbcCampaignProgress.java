package org.unionaid.persistence.disbursement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.disbursement.CampaignProgress;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Campaign progress in one statement per table: each union's subtree is the path range the rest of the
 * application uses ({@code path >= u.path and path < u.path with its last '/' turned into '0'}).
 */
@Repository
class JdbcCampaignProgress implements CampaignProgress {

    private final JdbcClient jdbc;

    JdbcCampaignProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnionProgress> byUnion(long campaignId, long unionId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with units as (
                    select u.id, u.name, u.path, case when u.id = :union then 0 else 1 end as rank
                      from organisation u where u.id = :union or u.parent_id = :union),
                files as (
                    select n.id as unit, f.id as file_id
                      from units n
                      join organisation o on o.path >= n.path and o.path < left(n.path, -1) || '0'
                      join hardship_file f on f.organisation_id = o.id)
                select n.id, n.name, n.rank,
                       (select count(*) from files x join hardship_file f on f.id = x.file_id
                         where x.unit = n.id and f.status = 'APPROVED') as approved,
                       (select count(distinct l.file_id) from files x join disbursement_line l on l.file_id = x.file_id
                         where x.unit = n.id and l.campaign_id = :campaign and l.status = 'PAID') as paid_people,
                       (select coalesce(sum(l.amount), 0) from files x join disbursement_line l on l.file_id = x.file_id
                         where x.unit = n.id and l.campaign_id = :campaign and l.status = 'PAID') as paid_amount,
                       (select count(*) from files x join disbursement_line l on l.file_id = x.file_id
                         where x.unit = n.id and l.campaign_id = :campaign and l.status = 'FAILED') as failed,
                       (select count(distinct v.file_id) from files x join visit v on v.file_id = x.file_id
                         where x.unit = n.id and v.visited_on between :from and :to) as visited
                  from units n
                 order by n.rank, n.path
                """).param("union", unionId).param("campaign", campaignId).param("from", from).param("to", to)
                .query((rs, row) -> new UnionProgress(rs.getLong("id"), rs.getString("name"), rs.getLong("approved"),
                        rs.getLong("paid_people"), Money.of(rs.getBigDecimal("paid_amount")), rs.getLong("failed"),
                        rs.getLong("visited")))
                .list();
    }

    @Override
    public List<PaidBy> paidBySourceAndPurpose(long campaignId, OrganisationPath scope) {
        return jdbc.sql("""
                select b.source, b.purpose, count(distinct l.file_id) as people, sum(l.amount) as amount
                  from disbursement_line l
                  join disbursement_batch b on b.id = l.batch_id
                  join hardship_file f on f.id = l.file_id
                  join organisation o on o.id = f.organisation_id
                 where l.campaign_id = :campaign and l.status = 'PAID' and o.path >= :lower and o.path < :upper
                 group by b.source, b.purpose
                 order by b.source, b.purpose
                """).param("campaign", campaignId).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new PaidBy(FundSource.valueOf(rs.getString("source")),
                        FundPurpose.valueOf(rs.getString("purpose")), rs.getLong("people"),
                        Money.of(rs.getBigDecimal("amount"))))
                .list();
    }

    @Override
    public List<FilePayment> paymentsOf(long fileId) {
        return jdbc.sql("""
                select b.id as batch_id, c.name as campaign_name, b.source, b.purpose, b.method, l.amount,
                       %s as status, l.failure_reason,
                       (l.created_at at time zone 'Asia/Shanghai')::date as created_on
                  from disbursement_line l
                  join disbursement_batch b on b.id = l.batch_id
                  join campaign c on c.id = l.campaign_id
                 where l.file_id = :file
                 order by l.created_at desc, l.id desc
                """.formatted(LineStatusSql.of("l"))).param("file", fileId)
                .query((rs, row) -> new FilePayment(rs.getLong("batch_id"), rs.getString("campaign_name"),
                        FundSource.valueOf(rs.getString("source")), FundPurpose.valueOf(rs.getString("purpose")),
                        PaymentMethod.valueOf(rs.getString("method")), Money.of(rs.getBigDecimal("amount")),
                        LineStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
                        rs.getObject("created_on", LocalDate.class)))
                .list();
    }
}
