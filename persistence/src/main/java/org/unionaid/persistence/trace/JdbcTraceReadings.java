package org.unionaid.persistence.trace;

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
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.trace.BankFileLine;
import org.unionaid.domain.trace.FundingRow;
import org.unionaid.domain.trace.HandoverRow;
import org.unionaid.domain.trace.HouseholdLine;
import org.unionaid.domain.trace.PostingRow;
import org.unionaid.domain.trace.ReturnRow;
import org.unionaid.domain.trace.SettledLine;
import org.unionaid.domain.trace.TraceLine;
import org.unionaid.domain.trace.TraceReadings;
import org.unionaid.persistence.disbursement.LineStatusSql;

/** A payment's trace in PostgreSQL: a handful of indexed reads around one line, masked numbers only. */
@Repository
class JdbcTraceReadings implements TraceReadings {

    private final JdbcClient jdbc;

    JdbcTraceReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TraceLine> line(long lineId) {
        return jdbc.sql("""
                select l.id, l.reference, l.amount, %s as status, l.failure_reason, l.created_at, l.purpose, l.file_id,
                       l.recipient_id, coalesce(f.worker_name, r.name) as worker_name,
                       coalesce(f.worker_id_masked, r.id_masked) as worker_id_masked,
                       fo.id as file_union_id, fo.name as file_union_name,
                       fo.path as file_union_path, b.id as batch_id, b.method, b.source, b.goods, b.status as batch_status,
                       cu.display_name as created_by_name, b.created_at as batch_created_at,
                       au.display_name as approved_by_name, b.approved_at, b.commitment_entry,
                       po.id as paying_union_id, po.name as paying_union_name, po.path as paying_union_path,
                       c.id as campaign_id, c.name as campaign_name, c.starts_on, c.ends_on, l.settled_by_return
                  from disbursement_line l
                  join disbursement_batch b on b.id = l.batch_id
                  join campaign c on c.id = l.campaign_id
                  left join hardship_file f on f.id = l.file_id
                  left join named_recipient r on r.id = l.recipient_id
                  join organisation fo on fo.id = coalesce(f.organisation_id, r.organisation_id)
                  join organisation po on po.id = b.paying_union_id
                  join user_account cu on cu.id = b.created_by
                  left join user_account au on au.id = b.approved_by
                 where l.id = :id
                """.formatted(LineStatusSql.of("l"))).param("id", lineId).query((rs, row) -> new TraceLine(
                        rs.getLong("id"), rs.getString("reference"), Money.of(rs.getBigDecimal("amount")),
                        LineStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
                        instant(rs, "created_at"), FundPurpose.valueOf(rs.getString("purpose")), rs.getObject("file_id", Long.class),
                        rs.getObject("recipient_id", Long.class),
                        rs.getString("worker_name"), rs.getString("worker_id_masked"), rs.getLong("file_union_id"),
                        rs.getString("file_union_name"), rs.getString("file_union_path"), rs.getLong("batch_id"),
                        PaymentMethod.valueOf(rs.getString("method")), FundSource.valueOf(rs.getString("source")),
                        rs.getString("goods"), "APPROVED".equals(rs.getString("batch_status")),
                        rs.getString("created_by_name"), instant(rs, "batch_created_at"),
                        rs.getString("approved_by_name"), instant(rs, "approved_at"),
                        rs.getObject("commitment_entry", Long.class), rs.getLong("paying_union_id"),
                        rs.getString("paying_union_name"), rs.getString("paying_union_path"), rs.getLong("campaign_id"),
                        rs.getString("campaign_name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getObject("settled_by_return", Long.class)))
                .optional();
    }

    @Override
    public List<FundingRow> funding(long unionId, long campaignId, FundSource source, FundPurpose purpose) {
        return jdbc.sql("""
                select 'RECEIPT' as kind, r.id, r.received_on as on_day, r.amount,
                       coalesce(r.donor_name, '') as counterpart, r.receipt_number as number, r.entry_id
                  from fund_receipt r
                 where r.organisation_id = :union and r.campaign_id = :campaign and r.source = :source
                   and r.purpose = :purpose
                union all
                select 'ALLOCATION', a.id, (a.created_at at time zone 'Asia/Shanghai')::date, a.amount, g.name, null,
                       a.entry_id
                  from allocation a join organisation g on g.id = a.from_union_id
                 where a.to_union_id = :union and a.campaign_id = :campaign and a.source = :source
                   and a.purpose = :purpose
                union all
                select 'MATCHING', m.id, m.received_on, m.amount, '', null, m.entry_id
                  from matching_contribution m join allocation a on a.id = m.allocation_id
                 where :source = 'MATCHING' and a.to_union_id = :union and a.campaign_id = :campaign
                   and a.purpose = :purpose
                 order by 3, 2
                """).param("union", unionId).param("campaign", campaignId).param("source", source.name())
                .param("purpose", purpose.name())
                .query((rs, row) -> new FundingRow(FundingRow.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getObject("on_day", LocalDate.class), Money.of(rs.getBigDecimal("amount")),
                        rs.getString("counterpart"), rs.getString("number"), rs.getObject("entry_id", Long.class)))
                .list();
    }

    @Override
    public List<BankFileLine> bankFiles(long batchId, long lineId) {
        // A file writes the batch's lines in id order after its header: the line's place is its rank, when the
        // file holds as many lines as the batch has (a file is never made once a return settled any line).
        return jdbc.sql("""
                select bf.id, bf.version, bf.sha256, t.name as template_name, bf.created_at, u.display_name,
                       bf.voided_at, bf.void_reason,
                       case when bf.line_count = (select count(*) from disbursement_line a where a.batch_id = bf.batch_id)
                            then (select count(*) from disbursement_line a where a.batch_id = bf.batch_id and a.id <= :line)
                                 + case when t.with_header then 1 else 0 end
                       end::int as line_number
                  from bank_file bf
                  join bank_file_template t on t.id = bf.template_id
                  join user_account u on u.id = bf.created_by
                 where bf.batch_id = :batch
                 order by bf.version desc
                """).param("batch", batchId).param("line", lineId)
                .query((rs, row) -> new BankFileLine(rs.getLong("id"), rs.getInt("version"), rs.getString("sha256"),
                        rs.getString("template_name"), instant(rs, "created_at"), rs.getString("display_name"),
                        instant(rs, "voided_at"), rs.getString("void_reason"),
                        rs.getObject("line_number", Integer.class)))
                .list();
    }

    @Override
    public Optional<ReturnRow> bankReturn(long returnId) {
        return jdbc.sql("""
                select r.*, u.display_name, o.path from bank_return r
                  join user_account u on u.id = r.imported_by
                  join disbursement_batch b on b.id = r.batch_id
                  join organisation o on o.id = b.paying_union_id
                 where r.id = :id
                """).param("id", returnId).query((rs, row) -> new ReturnRow(rs.getLong("id"), rs.getLong("batch_id"),
                        rs.getString("filename"), rs.getString("sha256"), instant(rs, "imported_at"),
                        rs.getString("display_name"), rs.getInt("paid_count"), Money.of(rs.getBigDecimal("paid_amount")),
                        rs.getInt("failed_count"), Money.of(rs.getBigDecimal("failed_amount")),
                        rs.getInt("pending_count"), rs.getString("path")))
                .optional();
    }

    @Override
    public byte[] sealedReturn(long returnId) {
        return jdbc.sql("select content_sealed from bank_return where id = :id").param("id", returnId)
                .query(byte[].class).single();
    }

    @Override
    public List<SettledLine> settledBy(long returnId) {
        return jdbc.sql("""
                select l.id, l.reference, f.worker_name, l.amount, l.status, l.failure_reason
                  from disbursement_line l join hardship_file f on f.id = l.file_id
                 where l.settled_by_return = :id
                 order by l.id
                """).param("id", returnId).query((rs, row) -> new SettledLine(rs.getLong("id"),
                        rs.getString("reference"), rs.getString("worker_name"), Money.of(rs.getBigDecimal("amount")),
                        LineStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"), null))
                .list();
    }

    @Override
    public Optional<HandoverRow> handover(long lineId) {
        return jdbc.sql("""
                select h.handed_by, h.handed_on, h.note, h.recorded_at, u.display_name, h.entry_id
                  from disbursement_handover h join user_account u on u.id = h.recorded_by
                 where h.line_id = :line
                """).param("line", lineId).query((rs, row) -> new HandoverRow(rs.getString("handed_by"),
                        rs.getObject("handed_on", LocalDate.class), rs.getString("note"), instant(rs, "recorded_at"),
                        rs.getString("display_name"), rs.getLong("entry_id")))
                .optional();
    }

    @Override
    public List<PostingRow> postings(Collection<DocumentRef> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        String[] types = documents.stream().map(DocumentRef::type).toArray(String[]::new);
        Long[] ids = documents.stream().map(DocumentRef::id).toArray(Long[]::new);
        return jdbc.sql("""
                with cited as (
                    select e.id from ledger_entry e
                      join unnest(cast(:types as text[]), cast(:ids as bigint[])) as d(type, id)
                        on e.document_type = d.type and e.document_id = d.id
                ), entries as (
                    select id from cited
                    union
                    select r.id from ledger_entry r join cited c on r.reverses_entry_id = c.id
                )
                select e.id as entry_id, e.kind, e.document_type, e.document_id, p.union_id, o.name, p.chain_seq,
                       p.account_kind, p.fund_source, p.purpose, p.amount, p.posted_at
                  from entries x
                  join ledger_entry e on e.id = x.id
                  join ledger_posting p on p.entry_id = e.id
                  join organisation o on o.id = p.union_id
                 order by p.posted_at, p.id
                """).param("types", types).param("ids", ids)
                .query((rs, row) -> new PostingRow(rs.getLong("entry_id"), EntryKind.valueOf(rs.getString("kind")),
                        rs.getString("document_type"), rs.getLong("document_id"), rs.getLong("union_id"),
                        rs.getString("name"), rs.getLong("chain_seq"), AccountKind.valueOf(rs.getString("account_kind")),
                        FundSource.valueOf(rs.getString("fund_source")), FundPurpose.valueOf(rs.getString("purpose")),
                        Money.of(rs.getBigDecimal("amount")), instant(rs, "posted_at")))
                .list();
    }

    @Override
    public List<HouseholdLine> householdLines(long fileId, Long campaignId) {
        return jdbc.sql("""
                select l.id, l.batch_id, l.campaign_id, c.name as campaign_name, b.method, l.purpose, l.amount,
                       %s as status, l.failure_reason, l.created_at, o.name as paying_union_name
                  from disbursement_line l
                  join disbursement_batch b on b.id = l.batch_id
                  join campaign c on c.id = l.campaign_id
                  join organisation o on o.id = b.paying_union_id
                 where l.file_id = :file and (cast(:campaign as bigint) is null or l.campaign_id = :campaign)
                 order by l.created_at desc, l.id desc
                """.formatted(LineStatusSql.of("l"))).param("file", fileId).param("campaign", campaignId)
                .query((rs, row) -> new HouseholdLine(rs.getLong("id"), rs.getLong("batch_id"),
                        rs.getLong("campaign_id"), rs.getString("campaign_name"),
                        PaymentMethod.valueOf(rs.getString("method")), FundPurpose.valueOf(rs.getString("purpose")),
                        Money.of(rs.getBigDecimal("amount")), LineStatus.valueOf(rs.getString("status")),
                        rs.getString("failure_reason"), instant(rs, "created_at"), rs.getString("paying_union_name")))
                .list();
    }

    @Override
    public Optional<Instant> settledAt(long lineId) {
        return jdbc.sql("""
                select coalesce(r.imported_at, h.recorded_at)
                  from disbursement_line l
                  left join bank_return r on r.id = l.settled_by_return
                  left join disbursement_handover h on h.line_id = l.id
                 where l.id = :line and coalesce(r.imported_at, h.recorded_at) is not null
                """).param("line", lineId).query((rs, row) -> instant(rs, 1)).optional();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
