package org.unionaid.persistence.bankfile;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileStore;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.BankReturn;
import org.unionaid.domain.bankfile.Figure;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.SettlementLine;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.money.Money;
import org.unionaid.persistence.disbursement.LineStatusSql;

/**
 * Bank files, return files and line settlement in PostgreSQL. Every change of a line's status names the
 * status it comes from, and the caller checks the row count: a line settled once cannot be settled again.
 */
@Repository
class JdbcBankFileStore implements BankFileStore {

    /** Rows fetched at a time for a bank file. */
    private static final int PAYEE_PAGE = 5000;

    private static final String FILES = """
            select f.id, f.batch_id, f.template_id, t.name as template_name, f.version, f.sha256, f.size_bytes,
                   f.line_count, f.total, f.created_by, f.created_at, f.voided_at, f.void_reason
              from bank_file f join bank_file_template t on t.id = f.template_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    JdbcBankFileStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public void lockBatch(long batchId) {
        jdbc.sql("select id from disbursement_batch where id = :id for update").param("id", batchId)
                .query(Long.class).single();
    }

    @Override
    public Optional<BankFile> current(long batchId) {
        return jdbc.sql(FILES + " where f.batch_id = :batch and f.voided_at is null").param("batch", batchId)
                .query(JdbcBankFileStore::file).optional();
    }

    @Override
    public List<BankFile> files(long batchId) {
        return jdbc.sql(FILES + " where f.batch_id = :batch order by f.version desc").param("batch", batchId)
                .query(JdbcBankFileStore::file).list();
    }

    @Override
    public Optional<BankFile> file(long fileId) {
        return jdbc.sql(FILES + " where f.id = :id").param("id", fileId).query(JdbcBankFileStore::file).optional();
    }

    @Override
    public byte[] sealedContent(long fileId) {
        return jdbc.sql("select content_sealed from bank_file where id = :id").param("id", fileId)
                .query(byte[].class).single();
    }

    @Override
    public BankFile addFile(long batchId, BankFileTemplate template, int version, String sha256, byte[] sealedContent,
            int sizeBytes, int lineCount, Money total, long createdBy, Instant at) {
        long id = jdbc.sql("select nextval('bank_file_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into bank_file (id, batch_id, template_id, version, sha256, content_sealed, size_bytes, line_count,
                                       total, created_by, created_at)
                values (:id, :batch, :template, :version, :sha256, :content, :size, :lines, :total, :by, :at)
                """).param("id", id).param("batch", batchId).param("template", template.id()).param("version", version)
                .param("sha256", sha256).param("content", sealedContent).param("size", sizeBytes)
                .param("lines", lineCount).param("total", total.toBigDecimal()).param("by", createdBy)
                .param("at", Timestamp.from(at)).update();
        return new BankFile(id, batchId, template.id(), template.name(), version, sha256, sizeBytes, lineCount, total,
                createdBy, at, null, null);
    }

    @Override
    public boolean voidFile(long fileId, long voidedBy, String reason, Instant at) {
        return jdbc.sql("""
                update bank_file set voided_at = :at, voided_by = :by, void_reason = :reason
                 where id = :id and voided_at is null
                """).param("at", Timestamp.from(at)).param("by", voidedBy).param("reason", reason).param("id", fileId)
                .update() == 1;
    }

    @Override
    public void forEachPayee(long batchId, Consumer<Payee> each) {
        // One query, its rows fetched a page at a time from a cursor (the generation's transaction keeps it
        // open): the same single scan and sort a COPY of these rows costs. Keyset pages of separate queries
        // scanned and sorted the batch's lines once per page. Rows come in PostgreSQL's binary format (the
        // sealed cards as bytes, not hex text to decode) and columns are read by position.
        jdbcTemplate.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select l.id, l.reference, l.amount, coalesce(f.bank, r.bank),
                           coalesce(f.bank_card_sealed, r.bank_card_sealed), coalesce(f.bank_holder, r.bank_holder),
                           coalesce(f.worker_id_masked, r.id_masked), coalesce(f.worker_name, r.name)
                      from disbursement_line l left join hardship_file f on f.id = l.file_id
                      left join named_recipient r on r.id = l.recipient_id
                     where l.batch_id = ? and l.status = 'PENDING'
                     order by l.id
                    """);
            // a negative threshold is pgjdbc's "binary transfer from the first execution"
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setFetchSize(PAYEE_PAGE);
            statement.setLong(1, batchId);
            return statement;
        }, (RowCallbackHandler) rs -> {
            String bank = rs.getString(4);
            each.accept(new Payee(rs.getLong(1), rs.getString(2), Money.of(rs.getBigDecimal(3)),
                    bank == null ? null : Bank.valueOf(bank), rs.getBytes(5), rs.getString(6), rs.getString(7),
                    rs.getString(8)));
        });
    }

    @Override
    public Figure unsettled(long batchId) {
        return jdbc.sql("""
                select count(*) as lines, coalesce(sum(amount), 0) as amount from disbursement_line
                 where batch_id = :batch and status = 'PENDING'
                """).param("batch", batchId)
                .query((rs, row) -> new Figure(rs.getInt("lines"), Money.of(rs.getBigDecimal("amount")))).single();
    }

    @Override
    public int settle(long batchId, long returnId, List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update disbursement_line l
                   set status = v.status,
                       failure_reason = case when v.status = 'FAILED' then v.reason else l.failure_reason end,
                       settled_by_return = :returnId
                  from unnest(:ids::bigint[], :statuses::text[], :reasons::text[]) as v(id, status, reason)
                 where l.id = v.id and l.batch_id = :batch and l.status = 'PENDING'
                """).param("ids", settlements.stream().map(Settlement::lineId).toArray(Long[]::new))
                .param("statuses", settlements.stream().map(s -> s.paid() ? "PAID" : "FAILED").toArray(String[]::new))
                .param("reasons", settlements.stream().map(Settlement::reason).toArray(String[]::new))
                .param("batch", batchId).param("returnId", returnId).update();
    }

    @Override
    public List<ReturnReport.PendingLine> sentLines(long batchId) {
        return jdbc.sql("""
                select l.reference, coalesce(f.worker_name, r.name) as worker_name
                  from disbursement_line l left join hardship_file f on f.id = l.file_id
                  left join named_recipient r on r.id = l.recipient_id
                 where l.batch_id = :batch and l.status = 'PENDING' order by 2, l.id
                """).param("batch", batchId)
                .query((rs, row) -> new ReturnReport.PendingLine(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public Map<String, SettlementLine> linesByReference(Collection<String> references) {
        Map<String, SettlementLine> lines = new HashMap<>(references.size() * 4 / 3 + 1);
        if (references.isEmpty()) {
            return lines;
        }
        // One statement with the references as an array, probing the reference index once each.
        jdbc.sql("""
                select l.id, l.batch_id, l.reference, l.amount, %s as status,
                       coalesce(f.worker_name, r.name) as worker_name, coalesce(f.bank_holder, r.bank_holder) as bank_holder,
                       coalesce(f.bank_card_masked, r.bank_card_masked) as bank_card_masked
                  from disbursement_line l left join hardship_file f on f.id = l.file_id
                  left join named_recipient r on r.id = l.recipient_id
                 where l.reference = any(:references::text[])
                """.formatted(LineStatusSql.of("l"))).withFetchSize(PAYEE_PAGE).param("references", references.toArray(String[]::new))
                .query(rs -> {
                    SettlementLine line = new SettlementLine(rs.getLong("id"), rs.getLong("batch_id"),
                            rs.getString("reference"), Money.of(rs.getBigDecimal("amount")),
                            LineStatus.valueOf(rs.getString("status")), rs.getString("worker_name"),
                            rs.getString("bank_holder"), rs.getString("bank_card_masked"));
                    lines.put(line.reference(), line);
                });
        return lines;
    }

    @Override
    public long nextReturnId() {
        return jdbc.sql("select nextval('bank_return_seq')").query(Long.class).single();
    }

    @Override
    public Optional<BankReturn> returnOf(long batchId, String sha256) {
        return jdbc.sql("select * from bank_return where batch_id = :batch and sha256 = :sha256")
                .param("batch", batchId).param("sha256", sha256).query(JdbcBankFileStore::bankReturn).optional();
    }

    @Override
    public List<BankReturn> returns(long batchId) {
        return jdbc.sql("select * from bank_return where batch_id = :batch order by imported_at desc, id desc")
                .param("batch", batchId).query(JdbcBankFileStore::bankReturn).list();
    }

    @Override
    public void addReturn(BankReturn r, byte[] sealedContent) {
        jdbc.sql("""
                insert into bank_return (id, batch_id, sha256, filename, content_sealed, paid_count, paid_amount,
                                         failed_count, failed_amount, pending_count, imported_by, imported_at)
                values (:id, :batch, :sha256, :filename, :content, :paid, :paidAmount, :failed, :failedAmount, :pending,
                        :by, :at)
                """).param("id", r.id()).param("batch", r.batchId()).param("sha256", r.sha256())
                .param("filename", r.filename()).param("content", sealedContent).param("paid", r.paid().count())
                .param("paidAmount", r.paid().amount().toBigDecimal()).param("failed", r.failed().count())
                .param("failedAmount", r.failed().amount().toBigDecimal()).param("pending", r.pendingCount())
                .param("by", r.importedBy()).param("at", Timestamp.from(r.importedAt())).update();
    }

    @Override
    public Map<LineStatus, Figure> lineFigures(long batchId) {
        Map<LineStatus, Figure> figures = new EnumMap<>(LineStatus.class);
        jdbc.sql("""
                select %s as status, count(*) as lines, sum(l.amount) as amount from disbursement_line l
                 where l.batch_id = :batch group by 1
                """.formatted(LineStatusSql.of("l"))).param("batch", batchId).query((rs, row) -> figures.put(LineStatus.valueOf(rs.getString("status")),
                        new Figure(rs.getInt("lines"), Money.of(rs.getBigDecimal("amount"))))).list();
        return figures;
    }

    @Override
    public Money ledgerSettled(long batchId, EntryKind kind, AccountKind account) {
        return Money.of(jdbc.sql("""
                select coalesce(sum(p.amount), 0) from ledger_entry e join ledger_posting p on p.entry_id = e.id
                 where e.kind = :kind and p.account_kind = :account
                   and (e.document_type = 'bank_return'
                            and e.document_id in (select id from bank_return where batch_id = :batch)
                        or e.document_type = 'disbursement_line'
                            and e.document_id in (select id from disbursement_line where batch_id = :batch))
                """).param("kind", kind.name()).param("account", account.name()).param("batch", batchId)
                .query(BigDecimal.class).single());
    }

    private static BankFile file(ResultSet rs, int row) throws SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new BankFile(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("template_id"),
                rs.getString("template_name"), rs.getInt("version"), rs.getString("sha256"), rs.getInt("size_bytes"),
                rs.getInt("line_count"), Money.of(rs.getBigDecimal("total")), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), voided == null ? null : voided.toInstant(),
                rs.getString("void_reason"));
    }

    private static BankReturn bankReturn(ResultSet rs, int row) throws SQLException {
        return new BankReturn(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("sha256"), rs.getString("filename"),
                new Figure(rs.getInt("paid_count"), Money.of(rs.getBigDecimal("paid_amount"))),
                new Figure(rs.getInt("failed_count"), Money.of(rs.getBigDecimal("failed_amount"))),
                rs.getInt("pending_count"), rs.getLong("imported_by"), rs.getTimestamp("imported_at").toInstant());
    }
}
