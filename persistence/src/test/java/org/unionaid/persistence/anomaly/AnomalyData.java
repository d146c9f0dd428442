package org.unionaid.persistence.anomaly;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;

/**
 * Hand-built records for the anomaly rules, written straight into the tables: the rules exist for records that got
 * past the gates (written before a gate existed, imported, changed in the database), which the use cases would
 * refuse to write. Each test builds its own tree, so that a rule run over it finds exactly what the test planted.
 * Days are Beijing days; instants are taken at noon Beijing time of a day.
 */
final class AnomalyData {

    private static final AtomicLong CARDS = new AtomicLong(System.nanoTime());

    private final JdbcClient jdbc;
    private final TreeFixtures tree;
    private final EntityManager em;
    final long user;

    AnomalyData(JdbcClient jdbc, Organisations organisations, EntityManager em) {
        this.jdbc = jdbc;
        this.tree = new TreeFixtures(organisations);
        this.em = em;
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

    long batch(long campaign, Organisation payer, String method, String source, String purpose, LocalDate approvedOn) {
        long approver = user("审批人", payer);
        return jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods, status,
                                                created_by, created_at, approved_by, approved_at, commitment_entry)
                values (nextval('disbursement_batch_seq'), :campaign, :union, :source, :purpose, :method,
                        case when :method = 'GOODS' then '米油' end, 'APPROVED', :by, :at, :approver, :at, 0)
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

    void handover(long line, LocalDate day) {
        jdbc.sql("""
                insert into disbursement_handover (line_id, handed_by, handed_on, entry_id, recorded_by, recorded_at)
                values (:line, '慰问团', :day, 0, :by, :at)
                """).param("line", line).param("day", day).param("by", user).param("at", noon(day)).update();
    }

    void homeVisit(Organisation by, long file, LocalDate day) {
        jdbc.sql("""
                insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, created_by, created_at)
                values (nextval('visit_seq'), :union, :file, :day, 'HOME', '慰问团', :by, now())
                """).param("union", by.getId()).param("file", file).param("day", day).param("by", user).update();
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

    long allocation(long campaign, Organisation from, Organisation to, String source, String purpose, String amount,
            String ratio, LocalDate due) {
        return jdbc.sql("""
                insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount,
                                        matching_ratio, match_due_on, request_key, entry_id, created_by, created_at)
                values (nextval('allocation_seq'), :campaign, :from, :to, :source, :purpose, :amount, :ratio, :due,
                        gen_random_uuid(), 0, :by, now()) returning id
                """).param("campaign", campaign).param("from", from.getId()).param("to", to.getId())
                .param("source", source).param("purpose", purpose).param("amount", new BigDecimal(amount))
                .param("ratio", new BigDecimal(ratio)).param("due", due).param("by", user).query(Long.class).single();
    }

    void matching(long allocation, String amount) {
        jdbc.sql("""
                insert into matching_contribution (id, allocation_id, amount, received_on, request_key, entry_id,
                                                   recorded_by, recorded_at)
                values (nextval('matching_contribution_seq'), :a, :amount, date '2026-10-01', gen_random_uuid(), 0, :by,
                        now())
                """).param("a", allocation).param("amount", new BigDecimal(amount)).param("by", user).update();
    }

    long transfer(Organisation union, long campaign, String source, String purpose, String amount, boolean approved) {
        long decider = user("主席", union);
        return jdbc.sql("""
                insert into balance_transfer (id, organisation_id, campaign_id, source, from_purpose, amount,
                                              decision_number, decision_date, decision_document, status, requested_by,
                                              requested_at, decided_by, decided_at, entry_id)
                values (nextval('balance_transfer_seq'), :union, :campaign, :source, :purpose, :amount, '主席办公会〔2026〕3号',
                        date '2026-10-10', '会议纪要.pdf', :status, :by, now(), :decider, now(),
                        case when :approved then 0 end) returning id
                """).param("union", union.getId()).param("campaign", campaign).param("source", source)
                .param("purpose", purpose).param("amount", new BigDecimal(amount))
                .param("status", approved ? "APPROVED" : "REQUESTED").param("by", user)
                .param("decider", approved ? decider : null).param("approved", approved).query(Long.class).single();
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
