package org.unionaid.persistence.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.funds.Allocation;
import org.unionaid.domain.funds.BalanceTransfer;
import org.unionaid.domain.funds.DonorKind;
import org.unionaid.domain.funds.FundReceipt;
import org.unionaid.domain.funds.Funds;
import org.unionaid.domain.funds.MatchingContribution;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** The documents behind money movements, in PostgreSQL. */
@Repository
class JdbcFunds implements Funds {

    private static final String DONATIONS = """
              from fund_receipt r join organisation o on o.id = r.organisation_id
             where r.campaign_id = :campaign and r.donor_name is not null
               and o.path >= :lower and o.path < :upper
            """;

    private static final String ALLOCATIONS = """
            select a.*, c.name as campaign_name, f.name as from_name, t.name as to_name,
                   coalesce((select sum(m.amount) from matching_contribution m where m.allocation_id = a.id), 0) as matched
              from allocation a
              join campaign c on c.id = a.campaign_id
              join organisation f on f.id = a.from_union_id
              join organisation t on t.id = a.to_union_id
            """;

    private static final String TRANSFERS = """
            select b.*, o.name as organisation_name
              from balance_transfer b join organisation o on o.id = b.organisation_id
            """;

    private final JdbcClient jdbc;

    JdbcFunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextReceiptId() {
        return jdbc.sql("select nextval('fund_receipt_seq')").query(Long.class).single();
    }

    @Override
    public boolean addReceipt(FundReceipt receipt, long recordedBy) {
        return jdbc.sql("""
                insert into fund_receipt (id, organisation_id, campaign_id, source, purpose, amount, received_on,
                                          receipt_number, donor_kind, donor_name, note, entry_id, recorded_by, recorded_at)
                values (:id, :org, :campaign, :source, :purpose, :amount, :on, :number, :donorKind, :donor, :note,
                        :entry, :by, :at)
                on conflict (organisation_id, receipt_number) do nothing
                """).param("id", receipt.id()).param("org", receipt.organisationId())
                .param("campaign", receipt.campaignId()).param("source", receipt.source().name())
                .param("purpose", receipt.purpose().name()).param("amount", receipt.amount().toBigDecimal())
                .param("on", receipt.receivedOn()).param("number", receipt.receiptNumber())
                .param("donorKind", receipt.donorKind() == null ? null : receipt.donorKind().name())
                .param("donor", receipt.donorName()).param("note", receipt.note()).param("entry", receipt.entryId())
                .param("by", recordedBy).param("at", Timestamp.from(Instant.now())).update() == 1;
    }

    @Override
    public boolean receiptNumberTaken(long organisationId, String receiptNumber) {
        return jdbc.sql("select exists (select 1 from fund_receipt where organisation_id = :org and receipt_number = :n)")
                .param("org", organisationId).param("n", receiptNumber).query(Boolean.class).single();
    }

    @Override
    public boolean matchVoucherTaken(long unionId, String voucherNumber) {
        return jdbc.sql("""
                select exists (select 1 from matching_contribution where union_id = :union and voucher_number = :n)
                """).param("union", unionId).param("n", voucherNumber).query(Boolean.class).single();
    }

    @Override
    public boolean contributionRecorded(UUID requestKey) {
        return jdbc.sql("select exists (select 1 from matching_contribution where request_key = :key)")
                .param("key", requestKey).query(Boolean.class).single();
    }

    @Override
    public List<FundReceipt> receipts(long campaignId, OrganisationPath scope) {
        return jdbc.sql("""
                select r.*, o.name as organisation_name
                  from fund_receipt r join organisation o on o.id = r.organisation_id
                 where r.campaign_id = :campaign and o.path >= :lower and o.path < :upper
                 order by r.received_on desc, r.id desc
                """).param("campaign", campaignId).param("lower", scope.lowerBound())
                .param("upper", scope.upperBound()).query(JdbcFunds::receipt).list();
    }

    @Override
    public List<DonorTotal> donationBoard(long campaignId, OrganisationPath scope) {
        return jdbc.sql("select r.donor_kind, r.donor_name, sum(r.amount) as total, count(*) as n " + DONATIONS
                        + " group by r.donor_kind, r.donor_name order by total desc, r.donor_name")
                .param("campaign", campaignId).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new DonorTotal(DonorKind.valueOf(rs.getString("donor_kind")),
                        rs.getString("donor_name"), Money.of(rs.getBigDecimal("total")), rs.getLong("n")))
                .list();
    }

    @Override
    public List<DailyTotal> donationsByDay(long campaignId, OrganisationPath scope) {
        return jdbc.sql("select r.received_on, sum(r.amount) as total, count(*) as n " + DONATIONS
                        + " group by r.received_on order by r.received_on")
                .param("campaign", campaignId).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new DailyTotal(rs.getObject("received_on", LocalDate.class),
                        Money.of(rs.getBigDecimal("total")), rs.getLong("n")))
                .list();
    }

    @Override
    public long nextAllocationId() {
        return jdbc.sql("select nextval('allocation_seq')").query(Long.class).single();
    }

    @Override
    public void addAllocation(long id, long campaignId, long fromUnion, long toUnion, FundSource source,
            FundPurpose purpose, Money amount, BigDecimal ratio, String ratioReason, LocalDate matchDueOn, String note,
            UUID requestKey, long entryId, long createdBy) {
        jdbc.sql("""
                insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount,
                                        matching_ratio, ratio_reason, match_due_on, note, request_key, entry_id,
                                        created_by, created_at)
                values (:id, :campaign, :from, :to, :source, :purpose, :amount, :ratio, :reason, :due, :note, :key,
                        :entry, :by, :at)
                """).param("id", id).param("campaign", campaignId).param("from", fromUnion).param("to", toUnion)
                .param("source", source.name()).param("purpose", purpose.name()).param("amount", amount.toBigDecimal())
                .param("ratio", ratio).param("reason", ratioReason).param("due", matchDueOn).param("note", note).param("key", requestKey)
                .param("entry", entryId).param("by", createdBy).param("at", Timestamp.from(Instant.now())).update();
    }

    @Override
    public List<Long> allocationsOfRequest(UUID requestKey) {
        return jdbc.sql("select id from allocation where request_key = :key order by id").param("key", requestKey)
                .query(Long.class).list();
    }

    @Override
    public Optional<Allocation> allocation(long id) {
        return jdbc.sql(ALLOCATIONS + " where a.id = :id").param("id", id).query(JdbcFunds::allocation).optional();
    }

    @Override
    public List<Allocation> allocationsOf(long unionId) {
        return jdbc.sql(ALLOCATIONS + " where a.from_union_id = :union or a.to_union_id = :union"
                        + " order by a.created_at desc, a.id desc")
                .param("union", unionId).query(JdbcFunds::allocation).list();
    }

    @Override
    public List<Allocation> allocationsInto(long unionId, FundSource source, FundPurpose purpose, LocalDate dueBefore) {
        return jdbc.sql(ALLOCATIONS + " where a.to_union_id = :union and a.source = :source and a.purpose = :purpose"
                        + " and a.match_due_on < :due order by a.match_due_on, a.id")
                .param("union", unionId).param("source", source.name()).param("purpose", purpose.name())
                .param("due", dueBefore).query(JdbcFunds::allocation).list();
    }

    @Override
    public long nextContributionId() {
        return jdbc.sql("select nextval('matching_contribution_seq')").query(Long.class).single();
    }

    /** Any unique key refusing the row (the form's request key, the union's voucher) stores nothing. */
    @Override
    public boolean addContribution(NewContribution c) {
        return jdbc.sql("""
                insert into matching_contribution (id, allocation_id, union_id, amount, received_on, voucher_number,
                                                   source, note, request_key, entry_id, recorded_by, recorded_at)
                values (:id, :allocation, :union, :amount, :on, :voucher, :source, :note, :key, :entry, :by, :at)
                on conflict do nothing
                """).param("id", c.id()).param("allocation", c.allocationId()).param("union", c.unionId())
                .param("amount", c.amount().toBigDecimal()).param("on", c.receivedOn())
                .param("voucher", c.voucherNumber()).param("source", c.source().name()).param("note", c.note())
                .param("key", c.requestKey()).param("entry", c.entryId()).param("by", c.recordedBy())
                .param("at", Timestamp.from(Instant.now())).update() == 1;
    }

    @Override
    public List<MatchingContribution> contributions(long allocationId) {
        return jdbc.sql("select * from matching_contribution where allocation_id = :allocation order by id")
                .param("allocation", allocationId).query((rs, row) -> {
                    String source = rs.getString("source");
                    return new MatchingContribution(rs.getLong("id"), rs.getLong("allocation_id"),
                            Money.of(rs.getBigDecimal("amount")), rs.getObject("received_on", LocalDate.class),
                            rs.getString("voucher_number"), source == null ? null : MatchingSource.valueOf(source),
                            rs.getString("note"));
                }).list();
    }

    @Override
    public long nextTransferId() {
        return jdbc.sql("select nextval('balance_transfer_seq')").query(Long.class).single();
    }

    @Override
    public boolean addTransfer(BalanceTransfer transfer, byte[] minutes) {
        // R-FUND-06: the partial unique index decides between two requests citing one decision at once.
        boolean stored = jdbc.sql("""
                insert into balance_transfer (id, organisation_id, campaign_id, source, from_purpose, amount,
                                              decision_number, decision_date, decision_document, minutes_sha256,
                                              status, requested_by, requested_at)
                values (:id, :org, :campaign, :source, :purpose, :amount, :number, :date, :document, :sha256, :status,
                        :by, :at)
                on conflict (organisation_id, decision_number) where status <> 'REJECTED' do nothing
                """).param("id", transfer.id()).param("org", transfer.organisationId())
                .param("campaign", transfer.campaignId()).param("source", transfer.source().name())
                .param("purpose", transfer.fromPurpose().name()).param("amount", transfer.amount().toBigDecimal())
                .param("number", transfer.decisionNumber()).param("date", transfer.decisionDate())
                .param("document", transfer.decisionDocument()).param("sha256", transfer.minutesSha256())
                .param("status", transfer.status().name())
                .param("by", transfer.requestedBy()).param("at", Timestamp.from(Instant.now())).update() == 1;
        if (stored) {
            jdbc.sql("""
                    insert into balance_transfer_minutes (transfer_id, content, sha256, stored_at)
                    values (:id, :content, :sha256, :at)
                    """).param("id", transfer.id()).param("content", minutes).param("sha256", transfer.minutesSha256())
                    .param("at", Timestamp.from(Instant.now())).update();
        }
        return stored;
    }

    @Override
    public boolean decisionNumberTaken(long organisationId, String decisionNumber, Long exceptTransfer) {
        return jdbc.sql("""
                select exists (select 1 from balance_transfer
                                where organisation_id = :org and decision_number = :number and status <> 'REJECTED'
                                  and id is distinct from :except)
                """).param("org", organisationId).param("number", decisionNumber)
                .param("except", exceptTransfer, Types.BIGINT).query(Boolean.class).single();
    }

    @Override
    public Optional<byte[]> transferMinutes(long transferId) {
        return jdbc.sql("select content from balance_transfer_minutes where transfer_id = :id").param("id", transferId)
                .query((rs, row) -> rs.getBytes("content")).optional();
    }

    @Override
    public Optional<BalanceTransfer> transfer(long id) {
        return jdbc.sql(TRANSFERS + " where b.id = :id").param("id", id).query(JdbcFunds::transfer).optional();
    }

    @Override
    public boolean decideTransfer(long id, BalanceTransfer.Status status, long decidedBy, String note, Long entryId) {
        return jdbc.sql("""
                update balance_transfer set status = :status, decided_by = :by, decided_at = :at,
                                            decision_note = :note, entry_id = :entry
                 where id = :id and status = 'REQUESTED'
                """).param("status", status.name()).param("by", decidedBy).param("at", Timestamp.from(Instant.now()))
                .param("note", note).param("entry", entryId).param("id", id).update() == 1;
    }

    @Override
    public List<BalanceTransfer> transfersOf(OrganisationPath scope) {
        return jdbc.sql(TRANSFERS + """
                 where o.path >= :lower and o.path < :upper order by b.requested_at desc, b.id desc
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query(JdbcFunds::transfer).list();
    }

    private static FundReceipt receipt(ResultSet rs, int row) throws SQLException {
        Long campaign = rs.getObject("campaign_id", Long.class);
        String donorKind = rs.getString("donor_kind");
        return new FundReceipt(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                campaign, FundSource.valueOf(rs.getString("source")),
                FundPurpose.valueOf(rs.getString("purpose")), Money.of(rs.getBigDecimal("amount")),
                rs.getObject("received_on", LocalDate.class), rs.getString("receipt_number"),
                donorKind == null ? null : DonorKind.valueOf(donorKind), rs.getString("donor_name"),
                rs.getString("note"), rs.getLong("entry_id"));
    }

    private static Allocation allocation(ResultSet rs, int row) throws SQLException {
        return new Allocation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("campaign_name"),
                rs.getLong("from_union_id"), rs.getString("from_name"), rs.getLong("to_union_id"),
                rs.getString("to_name"), FundSource.valueOf(rs.getString("source")),
                FundPurpose.valueOf(rs.getString("purpose")), Money.of(rs.getBigDecimal("amount")),
                rs.getBigDecimal("matching_ratio"), rs.getString("ratio_reason"),
                rs.getObject("match_due_on", LocalDate.class),
                Money.of(rs.getBigDecimal("matched")));
    }

    private static BalanceTransfer transfer(ResultSet rs, int row) throws SQLException {
        Long decidedBy = rs.getObject("decided_by", Long.class);
        return new BalanceTransfer(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getLong("campaign_id"), FundSource.valueOf(rs.getString("source")),
                FundPurpose.valueOf(rs.getString("from_purpose")), Money.of(rs.getBigDecimal("amount")),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_document"), rs.getString("minutes_sha256"),
                BalanceTransfer.Status.valueOf(rs.getString("status")), rs.getLong("requested_by"), decidedBy);
    }
}
