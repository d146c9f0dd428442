package org.unionaid.persistence.anomaly;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;

/**
 * Hand-built records for the anomaly rules, written straight into the tables: the rules exist for records that got
 * past the gates of the use cases (imported, written before a gate existed), which the use cases would refuse to
 * write. What PostgreSQL itself enforces is obeyed here, never switched off: a handover names a home visit of a
 * delegation of the paying union on the visit's day, after the signed roster was scanned (V42); a goods batch names
 * its item, quantity and unit and is bought from matching money or own funds (V42); a ratio below 1:1 carries its
 * reason and a match its receiver, voucher and origin (V43); a leftover transfer leaves a closed campaign on a
 * meeting held on or after the closing (V41); money moves through the {@link Ledger}, in its campaign's pool (V41).
 * Each test builds its own tree, so that a rule run over it finds exactly what the test planted. Days are Beijing
 * days; instants are taken at noon Beijing time of a day.
 */
final class AnomalyData {

    private static final AtomicLong CARDS = new AtomicLong(System.nanoTime());

    private final JdbcClient jdbc;
    private final TreeFixtures tree;
    private final EntityManager em;
    private final Ledger ledger;
    final long user;

    AnomalyData(JdbcClient jdbc, Organisations organisations, EntityManager em, Ledger ledger) {
        this.jdbc = jdbc;
        this.tree = new TreeFixtures(organisations);
        this.em = em;
        this.ledger = ledger;
        Organisation home = tree.root("用户", OrganisationType.CITY, "330100");
        em.flush();
        this.user = user("审核人", home);
    }

    Organisation root(String name) {
        Organisation union = tree.root(name, OrganisationType.CITY, "330100");
        em.flush();
        return union;
    }

    Organisation child(Organisation parent, String name, OrganisationType type) {
        Organisation union = tree.child(parent, name, type, "330106");
        em.flush();
        return union;
    }

    long user(String name, Organisation at) {
        return jdbc.sql("""
                insert into user_account (id, login_name, display_name, organisation_id, password_hash)
                values (nextval('user_account_seq'), :login, :name, :union, '{noop}x') returning id
                """).param("login", "anomaly-" + UUID.randomUUID()).param("name", name).param("union", at.getId())
                .query(Long.class).single();
    }

    static Timestamp noon(LocalDate day) {
        return Timestamp.from(OffsetDateTime.of(day, LocalTime.NOON, ZoneOffset.ofHours(8)).toInstant());
    }

    static String freshCardIndex() {
        return String.format("%016x", CARDS.incrementAndGet()) + UUID.randomUUID().toString().replace("-", "");
    }

    long campaign(Organisation organiser, LocalDate starts, LocalDate ends) {
        return jdbc.sql("""
                insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by,
                                      created_at)
                values (nextval('campaign_seq'), :name, :year, :starts, :ends, :union, :ends, :by, now()) returning id
                """).param("name", "审计活动" + UUID.randomUUID()).param("year", starts.getYear()).param("starts", starts)
                .param("ends", ends).param("union", organiser.getId()).param("by", user).query(Long.class).single();
    }

    /** Closes the campaign on {@code day}, after its end date (R-FUND-02: once, and nothing else of it changes). */
    void close(long campaign, LocalDate day) {
        jdbc.sql("update campaign set closed_on = :day, closed_by = :by, closed_at = :at where id = :id")
                .param("day", day).param("by", user).param("at", noon(day)).param("id", campaign).update();
    }

    void standard(long campaign, String category, String purpose, String amount) {
        jdbc.sql("insert into campaign_standard values (:c, :category, :purpose, :amount)").param("c", campaign)
                .param("category", category).param("purpose", purpose).param("amount", new BigDecimal(amount)).update();
    }

    /** An approved file of {@code union} (approved and verified on 2026-01-05, 深度困难), then {@code columns} set. */
    long file(Organisation union, String worker, Map<String, Object> columns) {
        long id = jdbc.sql("""
                insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                                           worker_id_masked, gender, birth_date, created_by, created_at, updated_at,
                                           approved_on, last_verified_on, suggested_category, confirmed_category)
                values (nextval('hardship_file_seq'), :union, 'APPROVED', :name, '\\x00', decode(md5(random()::text), 'hex'),
                        '330106********0011', 'MALE', date '1980-01-01', :by, now(), now(), date '2026-01-05',
                        date '2026-01-05', 'DEEP', 'DEEP')
                returning id
                """).param("union", union.getId()).param("name", worker).param("by", user).query(Long.class).single();
        set("hardship_file", id, columns);
        return id;
    }

    /** Gives the file a card: the index (shared by files that share the card), the mask, the holder. */
    void card(long file, String index, String holder) {
        jdbc.sql("""
                update hardship_file set bank = 'ICBC', bank_card_sealed = '\\x00', bank_card_index = decode(:index, 'hex'),
                       bank_card_masked = '622202*********' || right(:index, 4), bank_holder = :holder where id = :id
                """).param("index", index).param("holder", holder).param("id", file).update();
    }

    /** Sets the columns in one statement, so that checks across them see the row as a whole. */
    void set(String table, long id, Map<String, Object> columns) {
        if (columns.isEmpty()) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>(columns.keySet());
        StringBuilder sql = new StringBuilder("update " + table + " set ");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = :v").append(i);
        }
        var statement = jdbc.sql(sql.append(" where id = :id").toString()).param("id", id);
        for (int i = 0; i < names.size(); i++) {
            statement = statement.param("v" + i, columns.get(names.get(i)));
        }
        statement.update();
    }

    /** An approved batch; a goods batch hands each household one 份 of 米油 (R-HAND-04). */
    long batch(long campaign, Organisation payer, String method, String source, String purpose, LocalDate approvedOn) {
        long approver = user("审批人", payer);
        return jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods,
                                                goods_quantity, goods_unit, status, created_by, created_at, approved_by,
                                                approved_at, commitment_entry)
                values (nextval('disbursement_batch_seq'), :campaign, :union, :source, :purpose, :method,
                        case when :method = 'GOODS' then '米油' end, case when :method = 'GOODS' then 1 end,
                        case when :method = 'GOODS' then '份' end, 'APPROVED', :by, :at, :approver, :at, 0)
                returning id
                """).param("campaign", campaign).param("union", payer.getId()).param("source", source)
                .param("purpose", purpose).param("method", method).param("by", user).param("approver", approver)
                .param("at", noon(approvedOn)).query(Long.class).single();
    }

    long line(long batch, long file, String amount, String status) {
        return jdbc.sql("""
                insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, reference, status,
                                               created_at, failure_reason)
                select nextval('disbursement_line_seq'), b.id, b.campaign_id, b.purpose, :file, :amount,
                       'AN' || nextval('disbursement_line_seq'), :status, b.approved_at + interval '1 minute' * :n,
                       case when :status = 'FAILED' then '账户已销户' end
                  from disbursement_batch b where b.id = :batch
                returning id
                """).param("batch", batch).param("file", file).param("amount", new BigDecimal(amount))
                .param("status", status).param("n", CARDS.incrementAndGet() % 1000).query(Long.class).single();
    }

    /** A return file of the batch imported on {@code day}, settling the lines. */
    long settle(long batch, LocalDate day, long... lines) {
        long id = jdbc.sql("""
                insert into bank_return (id, batch_id, sha256, filename, content_sealed, paid_count, paid_amount,
                                         failed_count, failed_amount, pending_count, imported_by, imported_at)
                values (nextval('bank_return_seq'), :batch, md5(random()::text) || md5(random()::text), 'return.csv',
                        '\\x00', 0, 0, 0, 0, 0, :by, :at) returning id
                """).param("batch", batch).param("by", user).param("at", noon(day)).query(Long.class).single();
        jdbc.sql("update disbursement_line set settled_by_return = :r where id = any(cast(:lines as bigint[]))")
                .param("r", id).param("lines", Arrays.stream(lines).boxed().toArray(Long[]::new)).update();
        return id;
    }

    /**
     * The line handed over on {@code day} as R-HAND-01 and R-HAND-02 require: a delegation of the paying union out
     * that day, its home visit to the line's household, the batch's signed roster scanned that day, the handover on
     * that visit.
     */
    void handover(long line, LocalDate day) {
        var paid = jdbc.sql("""
                select b.id, b.paying_union_id, l.file_id
                  from disbursement_line l join disbursement_batch b on b.id = l.batch_id where l.id = :line
                """).param("line", line).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long visit = homeVisit(paid[1], delegation(paid[1], day, day), paid[2], day);
        scan(paid[0], day);
        handOver(line, visit);
    }

    /** Records the handover on the visit, on the visit's day, by the visit's delegation. */
    void handOver(long line, long visit) {
        jdbc.sql("""
                insert into disbursement_handover (line_id, visit_id, handed_by, handed_on, entry_id, recorded_by,
                                                   recorded_at)
                select :line, v.id, v.visitors, v.visited_on, 0, :by, now() from visit v where v.id = :visit
                """).param("line", line).param("visit", visit).param("by", user).update();
    }

    /** A delegation (慰问团) the union sends out from {@code from} to {@code to}. */
    long delegation(Organisation sentBy, LocalDate from, LocalDate to) {
        return delegation(sentBy.getId(), from, to);
    }

    private long delegation(long sentBy, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                insert into delegation (id, organisation_id, leader, members, starts_on, ends_on, created_by, created_at)
                values (nextval('delegation_seq'), :union, '团长', '慰问团', :from, :to, :by, now()) returning id
                """).param("union", sentBy).param("from", from).param("to", to).param("by", user)
                .query(Long.class).single();
    }

    /** A home visit the union records to the household on {@code day}, as the delegation's if one is named. */
    long homeVisit(Organisation recordedBy, Long delegation, long file, LocalDate day) {
        return homeVisit(recordedBy.getId(), delegation, file, day);
    }

    private long homeVisit(long recordedBy, Long delegation, long file, LocalDate day) {
        return jdbc.sql("""
                insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, delegation_id, created_by,
                                   created_at)
                values (nextval('visit_seq'), :union, :file, :day, 'HOME', '慰问团', :delegation, :by, now())
                returning id
                """).param("union", recordedBy).param("file", file).param("day", day)
                .param("delegation", delegation).param("by", user).query(Long.class).single();
    }

    void scan(long batch, LocalDate day) {
        jdbc.sql("""
                insert into batch_scan (id, batch_id, filename, content_type, size_bytes, sha256, content, uploaded_by,
                                        uploaded_at)
                values (nextval('batch_scan_seq'), :batch, 'roster.pdf', 'application/pdf', 4, '\\x00', '\\x25504446',
                        :by, :at)
                """).param("batch", batch).param("by", user).param("at", noon(day)).update();
    }

    long history(long file, String action, long actor, LocalDate day) {
        return jdbc.sql("""
                insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
                values (:file, :at, :actor, (select display_name from user_account where id = :actor), :action)
                returning id
                """).param("file", file).param("at", noon(day)).param("actor", actor).param("action", action)
                .query(Long.class).single();
    }

    void change(long history, String field, String before, String after) {
        jdbc.sql("""
                insert into file_history_change (history_id, position, field, before_value, after_value)
                values (:h, (select count(*) from file_history_change where history_id = :h), :field, :before, :after)
                """).param("h", history).param("field", field).param("before", before).param("after", after).update();
    }

    long notice(Organisation union, LocalDate starts, LocalDate ends, int workingDays, LocalDate posted,
            LocalDate closed) {
        return jdbc.sql("""
                insert into public_notice (id, organisation_id, starts_on, ends_on, working_days, posted_at,
                                           objection_contact, created_by, created_at, closed_at)
                values (nextval('public_notice_seq'), :union, :starts, :ends, :days, '公告栏', '工会办公室', :by, :posted,
                        :closed) returning id
                """).param("union", union.getId()).param("starts", starts).param("ends", ends).param("days", workingDays)
                .param("by", user).param("posted", noon(posted)).param("closed", closed == null ? null : noon(closed))
                .query(Long.class).single();
    }

    void attachment(long file, String kind, LocalDate day) {
        jdbc.sql("""
                insert into file_attachment (id, file_id, kind, filename, content_type, size_bytes, sha256, content,
                                             uploaded_by, uploaded_at)
                values (nextval('file_attachment_seq'), :file, :kind, 'a.pdf', 'application/pdf', 4, '\\x00',
                        '\\x25504446', :by, :at)
                """).param("file", file).param("kind", kind).param("by", user).param("at", noon(day)).update();
    }

    /** An allocation as a row only; a ratio below 1:1 comes with its reason (R-MATCH-01). */
    long allocation(long campaign, Organisation from, Organisation to, String source, String purpose, String amount,
            String ratio, LocalDate due) {
        return jdbc.sql("""
                insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount,
                                        matching_ratio, ratio_reason, match_due_on, request_key, entry_id, created_by,
                                        created_at)
                values (nextval('allocation_seq'), :campaign, :from, :to, :source, :purpose, :amount, :ratio,
                        case when :ratio < 1 then '下级工会经费困难，经研究减免配套' end, :due, gen_random_uuid(), 0,
                        :by, now()) returning id
                """).param("campaign", campaign).param("from", from.getId()).param("to", to.getId())
                .param("source", source).param("purpose", purpose).param("amount", new BigDecimal(amount))
                .param("ratio", new BigDecimal(ratio)).param("due", due).param("by", user).query(Long.class).single();
    }

    /** The receiver's match, booked with a voucher of its own and its origin (R-MATCH-03). */
    void matching(long allocation, String amount) {
        jdbc.sql("""
                insert into matching_contribution (id, allocation_id, union_id, amount, received_on, voucher_number,
                                                   source, request_key, entry_id, recorded_by, recorded_at)
                select nextval('matching_contribution_seq'), a.id, a.to_union_id, :amount, date '2026-10-01',
                       '记-' || gen_random_uuid(), 'UNION_FUNDS', gen_random_uuid(), 0, :by, now()
                  from allocation a where a.id = :a
                """).param("a", allocation).param("amount", new BigDecimal(amount)).param("by", user).update();
    }

    /**
     * A leftover transfer of a closed campaign to daily assistance (R-FUND-04, R-FUND-05), decided at the chair's
     * office meeting of {@code meetingOn}, with its minutes or without; an approved one cites {@code entry}.
     */
    long transfer(Organisation union, long campaign, String source, String purpose, String amount, boolean approved,
            LocalDate meetingOn, boolean minutes, long entry) {
        long decider = user("主席", union);
        long id = jdbc.sql("""
                insert into balance_transfer (id, organisation_id, campaign_id, source, from_purpose, amount,
                                              decision_number, decision_date, decision_document, minutes_sha256, status,
                                              requested_by, requested_at, decided_by, decided_at, entry_id)
                values (nextval('balance_transfer_seq'), :union, :campaign, :source, :purpose, :amount, '主席办公会〔2026〕3号',
                        :meeting, '会议纪要.pdf', case when :minutes then repeat('ab', 32) end, :status, :by, :at,
                        :decider, :at, case when :approved then :entry end) returning id
                """).param("union", union.getId()).param("campaign", campaign).param("source", source)
                .param("purpose", purpose).param("amount", new BigDecimal(amount)).param("meeting", meetingOn)
                .param("minutes", minutes).param("status", approved ? "APPROVED" : "REQUESTED").param("by", user)
                .param("at", noon(meetingOn)).param("decider", approved ? decider : null).param("approved", approved)
                .param("entry", entry).query(Long.class).single();
        if (minutes) {
            jdbc.sql("""
                    insert into balance_transfer_minutes (transfer_id, content, sha256, stored_at)
                    values (:id, '\\x25504446', repeat('ab', 32), now())
                    """).param("id", id).update();
        }
        return id;
    }

    /** Money of the campaign received from outside the tree: RECEIVED −, AVAILABLE + (a 资金入账). */
    void receive(Organisation union, long campaign, String source, String purpose, String amount) {
        post(EntryKind.RECEIPT, "fund_receipt", campaign, line(union, AccountKind.RECEIVED, source, purpose, "-" + amount),
                line(union, AccountKind.AVAILABLE, source, purpose, amount));
    }

    /** An allocation of the campaign's money, as a row and as the ledger's entry moving it. */
    long allocate(long campaign, Organisation from, Organisation to, String source, String purpose, String amount) {
        long id = allocation(campaign, from, to, source, purpose, amount, "0", null);
        long entry = post(EntryKind.ALLOCATION, "allocation", campaign,
                line(from, AccountKind.AVAILABLE, source, purpose, "-" + amount),
                line(to, AccountKind.AVAILABLE, source, purpose, amount));
        jdbc.sql("update allocation set entry_id = :e where id = :id").param("e", entry).param("id", id).update();
        return id;
    }

    /** The campaign's money committed to a batch and paid out (AVAILABLE → COMMITTED → DISBURSED). */
    void pay(Organisation union, long campaign, String source, String purpose, String amount) {
        post(EntryKind.COMMITMENT, "disbursement_batch", campaign,
                line(union, AccountKind.AVAILABLE, source, purpose, "-" + amount),
                line(union, AccountKind.COMMITTED, source, purpose, amount));
        post(EntryKind.DISBURSEMENT, "disbursement_batch", campaign,
                line(union, AccountKind.COMMITTED, source, purpose, "-" + amount),
                line(union, AccountKind.DISBURSED, source, purpose, amount));
    }

    /** The closed campaign's leftover moved to daily assistance: the approved transfer and its entry. */
    long moveToDaily(Organisation union, long campaign, String source, String purpose, String amount,
            LocalDate meetingOn) {
        long entry = post(EntryKind.BALANCE_TRANSFER, "balance_transfer", campaign,
                line(union, AccountKind.AVAILABLE, source, purpose, "-" + amount),
                line(union, AccountKind.AVAILABLE, source, "DAILY", amount));
        return transfer(union, campaign, source, purpose, amount, true, meetingOn, true, entry);
    }

    private long post(EntryKind kind, String document, long campaign, JournalLine... lines) {
        return ledger.post(new JournalEntryDraft(kind, new DocumentRef(document, CARDS.incrementAndGet()), campaign,
                "审计测试", List.of(lines)), user).id();
    }

    private static JournalLine line(Organisation union, AccountKind kind, String source, String purpose,
            String amount) {
        return JournalLine.of(union.getId(), kind, FundSource.valueOf(source), FundPurpose.valueOf(purpose),
                Money.yuan(amount));
    }

    void income(long file, LocalDate month, String income, int size) {
        jdbc.sql("""
                insert into monthly_income (file_id, month, household_income, household_size, recorded_by, recorded_at)
                values (:file, :month, :income, :size, :by, now())
                """).param("file", file).param("month", month).param("income", new BigDecimal(income))
                .param("size", size).param("by", user).update();
    }

    void livingStandard(String region, int year, String amount) {
        jdbc.sql("""
                insert into minimum_living_standard (id, region_code, year, monthly_amount)
                values (nextval('minimum_living_standard_seq'), :region, :year, :amount)
                on conflict (region_code, year) do update set monthly_amount = excluded.monthly_amount
                """).param("region", region).param("year", year).param("amount", new BigDecimal(amount)).update();
    }
}
