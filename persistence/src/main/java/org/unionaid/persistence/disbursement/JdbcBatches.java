package org.unionaid.persistence.disbursement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.LineQuery;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PayeeKind;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.persistence.shared.LikePatterns;
import org.unionaid.persistence.shared.PageMemo;

/** Batches and lines in PostgreSQL; the partial unique index on lines keeps a file paid once per campaign and purpose. */
@Repository
class JdbcBatches implements Batches {

    private static final String BATCHES = """
            select b.*, c.name as campaign_name, o.name as union_name, t.line_count, t.total
              from disbursement_batch b
              join campaign c on c.id = b.campaign_id
              join organisation o on o.id = b.paying_union_id
              -- count and total in one pass over the batch's lines (two subqueries read them twice)
              cross join lateral (select count(*) as line_count, coalesce(sum(l.amount), 0) as total
                                    from disbursement_line l where l.batch_id = b.id) t
            """;

    /** A line with its payee: a file's household, or a named recipient (whose name and group it shows instead). */
    private static final String PAYEE = """
              from disbursement_line l left join hardship_file f on f.id = l.file_id
              left join named_recipient r on r.id = l.recipient_id
            """;

    private static final String LINES = """
            select l.id, l.batch_id, l.file_id, l.recipient_id, l.amount, l.standard, l.edit_reason, l.reference,
                   l.failure_reason, l.settled_by_return, %s as status, coalesce(f.worker_name, r.name) as worker_name,
                   coalesce(f.confirmed_category, f.suggested_category) as category, r.recipient_group
            """.formatted(LineStatusSql.of("l")) + PAYEE;

    private final JdbcClient jdbc;
    private final PageMemo<Long, Optional<Batch>> pageMemo = new PageMemo<>();

    JdbcBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextBatchId() {
        return jdbc.sql("select nextval('disbursement_batch_seq')").query(Long.class).single();
    }

    @Override
    public void addBatch(Batch batch) {
        unlessClosed(() -> jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods,
                                                goods_quantity, goods_unit, status, created_by, created_at,
                                                bank_template_id, payee_kind)
                values (:id, :campaign, :union, :source, :purpose, :method, :goods, :quantity, :unit, 'DRAFT', :by, :at,
                        :template, :payees)
                """).param("id", batch.id()).param("campaign", batch.campaignId()).param("union", batch.payingUnionId())
                .param("source", batch.source().name()).param("purpose", batch.purpose().name())
                .param("method", batch.method().name())
                .param("goods", batch.goods() == null ? null : batch.goods().item())
                .param("quantity", batch.goods() == null ? null : batch.goods().quantity())
                .param("unit", batch.goods() == null ? null : batch.goods().unit())
                .param("by", batch.createdBy()).param("at", Timestamp.from(Instant.now()))
                .param("template", batch.bankTemplateId()).param("payees", batch.payees().name()).update());
    }

    @Override
    public Optional<Batch> find(long id) {
        return pageMemo.get(id, batch -> jdbc.sql(BATCHES + " where b.id = :id").param("id", batch)
                .query(JdbcBatches::batch).optional());
    }

    @Override
    public List<Batch> of(OrganisationPath scope) {
        return jdbc.sql(BATCHES + " where o.path >= :lower and o.path < :upper order by b.created_at desc, b.id desc")
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query(JdbcBatches::batch).list();
    }

    @Override
    public Set<Long> claimed(long campaignId, FundPurpose purpose, Collection<Long> fileIds, Long exceptLine) {
        if (fileIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select file_id from disbursement_line
                 where campaign_id = :campaign and purpose = :purpose and file_id in (:files) and status <> 'FAILED'
                   and id <> :except
                """).param("campaign", campaignId).param("purpose", purpose.name()).param("files", fileIds)
                .param("except", exceptLine == null ? -1L : exceptLine).query(Long.class).list());
    }

    @Override
    public boolean addLine(long batchId, long campaignId, FundPurpose purpose, long fileId, Money amount,
            Money standard) {
        long id = jdbc.sql("select nextval('disbursement_line_seq')").query(Long.class).single();
        return unlessClosed(() -> jdbc.sql("""
                insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, standard, reference,
                                               status, created_at)
                values (:id, :batch, :campaign, :purpose, :file, :amount, :standard, :reference, 'PENDING', :at)
                on conflict (campaign_id, purpose, file_id) where status <> 'FAILED' do nothing
                """).param("id", id).param("batch", batchId).param("campaign", campaignId)
                .param("purpose", purpose.name()).param("file", fileId).param("amount", amount.toBigDecimal())
                .param("standard", standard == null ? null : standard.toBigDecimal())
                .param("reference", reference(batchId, id)).param("at", Timestamp.from(Instant.now())).update()) == 1;
    }

    @Override
    public Set<Long> addLines(long batchId, long campaignId, FundPurpose purpose, List<NewLine> lines) {
        if (lines.isEmpty()) {
            return Set.of();
        }
        Long[] files = lines.stream().map(NewLine::fileId).toArray(Long[]::new);
        String[] amounts = lines.stream().map(l -> l.amount().toBigDecimal().toPlainString()).toArray(String[]::new);
        String[] standards = lines.stream()
                .map(l -> l.standard() == null ? null : l.standard().toBigDecimal().toPlainString())
                .toArray(String[]::new);
        // The reference is made as reference(batch, line) makes it; ON CONFLICT on the partial unique index
        // leaves out each file another line holds, whatever the order in which concurrent batches insert.
        return new HashSet<>(unlessClosed(() -> jdbc.sql("""
                insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, standard, reference,
                                               status, created_at)
                select v.id, :batch, :campaign, :purpose, v.file_id, v.amount, v.standard,
                       'UA' || cast(:batch as text) || 'L' || v.id, 'PENDING', :at
                  from (select nextval('disbursement_line_seq') as id, u.file_id, u.amount, u.standard
                          from unnest(:files::bigint[], :amounts::numeric[], :standards::numeric[]) with ordinality
                               as u(file_id, amount, standard, position)
                         order by u.position) v
                on conflict (campaign_id, purpose, file_id) where status <> 'FAILED' do nothing
                returning file_id
                """).param("batch", batchId).param("campaign", campaignId).param("purpose", purpose.name())
                .param("files", files).param("amounts", amounts).param("standards", standards)
                .param("at", Timestamp.from(Instant.now())).query(Long.class).list()));
    }

    /**
     * R-FUND-03: PostgreSQL refuses a batch or a line of a closed campaign (V41); the person who tried reads why
     * instead of a database error. The transaction is lost either way and rolls back.
     */
    private static <T> T unlessClosed(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException refused) {
            if (String.valueOf(refused.getMessage()).contains("(R-FUND-03)")) {
                throw new DomainException("campaign.closed.noPayments");
            }
            throw refused;
        }
    }

    @Override
    public Set<Long> claimedElsewhere(long campaignId, FundPurpose purpose, Map<Long, Long> fileByLine) {
        if (fileByLine.isEmpty()) {
            return Set.of();
        }
        // One index range per file (file_id = any), never a join: joined to an unnest, the planner, with the
        // statistics of a table that a fill has just grown from nothing, walked the campaign's whole index range
        // once per line — minutes for a batch of 100,000. A line of the page can only hold its own file (the
        // unique index allows one line per file that has not failed), so leaving out the page's lines leaves
        // out exactly each line's own.
        return new HashSet<>(jdbc.sql("""
                select l.file_id from disbursement_line l
                 where l.campaign_id = :campaign and l.purpose = :purpose and l.status <> 'FAILED'
                   and l.file_id = any(:files::bigint[]) and l.id <> all(:lines::bigint[])
                """).param("files", fileByLine.values().toArray(Long[]::new))
                .param("lines", fileByLine.keySet().toArray(Long[]::new)).param("campaign", campaignId)
                .param("purpose", purpose.name()).query(Long.class).list());
    }

    @Override
    public Map<Long, OtherLine> otherLines(long campaignId, FundPurpose purpose, Collection<Long> fileIds,
            Collection<Long> exceptLines) {
        Map<Long, OtherLine> others = new HashMap<>();
        jdbc.sql("""
                select l.file_id, l.batch_id, l.status from disbursement_line l
                 where l.campaign_id = :campaign and l.purpose = :purpose and l.status <> 'FAILED'
                   and l.file_id = any(:files::bigint[]) and l.id <> all(:lines::bigint[])
                """).param("files", fileIds.toArray(Long[]::new)).param("lines", exceptLines.toArray(Long[]::new))
                .param("campaign", campaignId).param("purpose", purpose.name())
                .query(rs -> {
                    others.put(rs.getLong("file_id"), new OtherLine(rs.getLong("batch_id"),
                            "PAID".equals(rs.getString("status"))));
                });
        return others;
    }

    @Override
    public Set<Long> addRecipientLines(long batchId, long campaignId, FundPurpose purpose, List<NewRecipientLine> lines) {
        if (lines.isEmpty()) {
            return Set.of();
        }
        // As addLines: one statement, the partial unique index on recipients leaving out each one another line holds.
        return new HashSet<>(jdbc.sql("""
                insert into disbursement_line (id, batch_id, campaign_id, purpose, recipient_id, amount, standard,
                                               reference, status, created_at)
                select v.id, :batch, :campaign, :purpose, v.recipient_id, v.amount, v.standard,
                       'UA' || cast(:batch as text) || 'L' || v.id, 'PENDING', :at
                  from (select nextval('disbursement_line_seq') as id, u.recipient_id, u.amount, u.standard
                          from unnest(:recipients::bigint[], :amounts::numeric[], :standards::numeric[]) with ordinality
                               as u(recipient_id, amount, standard, position)
                         order by u.position) v
                on conflict (campaign_id, purpose, recipient_id) where status <> 'FAILED' and recipient_id is not null
                do nothing
                returning recipient_id
                """).param("batch", batchId).param("campaign", campaignId).param("purpose", purpose.name())
                .param("recipients", lines.stream().map(NewRecipientLine::recipientId).toArray(Long[]::new))
                .param("amounts", lines.stream().map(l -> l.amount().toBigDecimal().toPlainString()).toArray(String[]::new))
                .param("standards", lines.stream()
                        .map(l -> l.standard() == null ? null : l.standard().toBigDecimal().toPlainString())
                        .toArray(String[]::new))
                .param("at", Timestamp.from(Instant.now())).query(Long.class).list());
    }

    @Override
    public Map<Long, OtherLine> otherRecipientLines(long campaignId, FundPurpose purpose, Collection<Long> recipientIds,
            Collection<Long> exceptLines) {
        Map<Long, OtherLine> others = new HashMap<>();
        if (recipientIds.isEmpty()) {
            return others;
        }
        jdbc.sql("""
                select l.recipient_id, l.batch_id, l.status from disbursement_line l
                 where l.campaign_id = :campaign and l.purpose = :purpose and l.status <> 'FAILED'
                   and l.recipient_id = any(:recipients::bigint[]) and l.id <> all(:lines::bigint[])
                """).param("recipients", recipientIds.toArray(Long[]::new))
                .param("lines", exceptLines.toArray(Long[]::new)).param("campaign", campaignId)
                .param("purpose", purpose.name())
                .query(rs -> {
                    others.put(rs.getLong("recipient_id"), new OtherLine(rs.getLong("batch_id"),
                            "PAID".equals(rs.getString("status"))));
                });
        return others;
    }

    /** UA + batch + line: unique, short enough for every bank's reference field, and readable on the phone. */
    static String reference(long batchId, long lineId) {
        return "UA" + batchId + "L" + lineId;
    }

    @Override
    public List<BatchLine> lines(long batchId) {
        return jdbc.sql(LINES + " where l.batch_id = :batch order by coalesce(f.worker_name, r.name), l.id")
                .param("batch", batchId)
                .query(JdbcBatches::line).list();
    }

    @Override
    public Page<BatchLine> lines(long batchId, LineQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where l.batch_id = :batch");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("batch", batchId);
        if (query.namePrefix() != null) {
            where.append(" and coalesce(f.worker_name, r.name) like :name escape '\\'");
            parameters.put("name", LikePatterns.startingWith(query.namePrefix()));
        }
        if (query.status() != null) {
            where.append(" and ").append(LineStatusSql.of("l")).append(" = :status");
            parameters.put("status", query.status().name());
        }
        if (query.lineIds() != null) {
            where.append(" and l.id = any(:ids::bigint[])");
            parameters.put("ids", query.lineIds().toArray(Long[]::new));
        }
        long total = jdbc.sql("select count(*)" + PAYEE + where)
                .params(parameters).query(Long.class).single();
        List<BatchLine> content = jdbc.sql(LINES + where
                + " order by coalesce(f.worker_name, r.name), l.id limit :limit offset :offset")
                .params(parameters).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcBatches::line).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public Optional<BatchLine> line(long lineId) {
        return jdbc.sql(LINES + " where l.id = :id").param("id", lineId).query(JdbcBatches::line).optional();
    }

    @Override
    public void changeAmount(long lineId, Money amount, String reason) {
        jdbc.sql("update disbursement_line set amount = :amount, edit_reason = :reason where id = :id")
                .param("amount", amount.toBigDecimal()).param("reason", reason).param("id", lineId).update();
    }

    @Override
    public void removeLine(long lineId) {
        jdbc.sql("delete from disbursement_line where id = :id and status = 'PENDING'").param("id", lineId).update();
    }

    @Override
    public Map<Long, Money> paidThisYear(Collection<Long> fileIds, FundSource source, FundPurpose purpose, int year,
            long exceptBatch) {
        Map<Long, Money> paid = new HashMap<>();
        if (fileIds.isEmpty()) {
            return paid;
        }
        // The year of the approval, in Beijing: the day the money was committed to the household.
        jdbc.sql("""
                select l.file_id, sum(l.amount) as paid
                  from disbursement_line l join disbursement_batch b on b.id = l.batch_id
                 where l.file_id = any(:files::bigint[]) and l.status <> 'FAILED' and l.purpose = :purpose
                   and b.status = 'APPROVED' and b.source = :source and b.id <> :except
                   and b.approved_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
                   and b.approved_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
                 group by l.file_id
                """).param("files", fileIds.toArray(Long[]::new)).param("purpose", purpose.name())
                .param("source", source.name()).param("except", exceptBatch).param("year", year)
                .query(rs -> {
                    paid.put(rs.getLong("file_id"), Money.of(rs.getBigDecimal("paid")));
                });
        return paid;
    }

    @Override
    public void lockHouseholds(Collection<Long> fileIds) {
        // Row locks, not advisory ones: a batch of 100,000 households would overflow the shared lock table.
        jdbc.sql("select id from hardship_file where id = any(:files::bigint[]) order by id for no key update")
                .param("files", fileIds.toArray(Long[]::new)).query(Long.class).list();
    }

    @Override
    public boolean approve(long batchId, long approvedBy, long commitmentEntry, Instant approvedAt) {
        return jdbc.sql("""
                update disbursement_batch set status = 'APPROVED', approved_by = :by, approved_at = :at,
                                              commitment_entry = :entry
                 where id = :id and status = 'DRAFT'
                """).param("by", approvedBy).param("at", Timestamp.from(approvedAt)).param("entry", commitmentEntry)
                .param("id", batchId).update() == 1;
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("campaign_name"),
                rs.getLong("paying_union_id"), rs.getString("union_name"), FundSource.valueOf(rs.getString("source")),
                FundPurpose.valueOf(rs.getString("purpose")), PaymentMethod.valueOf(rs.getString("method")),
                goods(rs), Batch.Status.valueOf(rs.getString("status")), rs.getLong("created_by"),
                rs.getObject("approved_by", Long.class), rs.getInt("line_count"), Money.of(rs.getBigDecimal("total")),
                rs.getObject("bank_template_id", Long.class), PayeeKind.valueOf(rs.getString("payee_kind")));
    }

    /** A goods batch's share per household; one created before V42 has the item alone. */
    private static Goods goods(ResultSet rs) throws SQLException {
        String item = rs.getString("goods");
        return item == null ? null : new Goods(item, rs.getObject("goods_quantity", Integer.class),
                rs.getString("goods_unit"));
    }

    private static BatchLine line(ResultSet rs, int row) throws SQLException {
        String category = rs.getString("category");
        String group = rs.getString("recipient_group");
        // a line to a named recipient has no file: 0, as getLong reads the null
        return new BatchLine(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("file_id"),
                rs.getString("worker_name"), category == null ? null : HardshipCategory.valueOf(category),
                Money.of(rs.getBigDecimal("amount")),
                rs.getBigDecimal("standard") == null ? null : Money.of(rs.getBigDecimal("standard")),
                rs.getString("edit_reason"), rs.getString("reference"), LineStatus.valueOf(rs.getString("status")),
                rs.getString("failure_reason"), rs.getObject("settled_by_return", Long.class),
                rs.getObject("recipient_id", Long.class), group == null ? null : RecipientGroup.valueOf(group));
    }
}
