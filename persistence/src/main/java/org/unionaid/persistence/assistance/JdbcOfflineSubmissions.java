package org.unionaid.persistence.assistance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.OfflineKey;
import org.unionaid.domain.assistance.OfflineOutcome;
import org.unionaid.domain.assistance.OfflineSubmissions;

/** Visits sent from phones (V54) and the phone's list, in PostgreSQL. */
@Repository
class JdbcOfflineSubmissions implements OfflineSubmissions {

    /** Joins a refusal's arguments into one column: a character no argument holds. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;

    JdbcOfflineSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Submission> find(UUID key) {
        return jdbc.sql("""
                select idempotency_key, user_id, outcome, visit_id, reason_key, reason_args
                  from offline_submission where idempotency_key = :key
                """).param("key", key)
                .query((rs, row) -> new Submission(rs.getObject("idempotency_key", UUID.class), rs.getLong("user_id"),
                        OfflineOutcome.Kind.valueOf(rs.getString("outcome")), rs.getObject("visit_id", Long.class),
                        rs.getString("reason_key"), split(rs.getString("reason_args"))))
                .optional();
    }

    @Override
    public boolean claim(UUID key, long userId, Instant now) {
        return jdbc.sql("""
                insert into offline_submission (idempotency_key, user_id, outcome, created_at)
                values (:key, :user, 'RECORDED', :at) on conflict (idempotency_key) do nothing
                """).param("key", key).param("user", userId).param("at", Timestamp.from(now)).update() == 1;
    }

    @Override
    public void recorded(UUID key, long visitId) {
        jdbc.sql("update offline_submission set visit_id = :visit where idempotency_key = :key")
                .param("visit", visitId).param("key", key).update();
    }

    @Override
    public boolean refused(UUID key, long userId, String reasonKey, List<String> reasonArgs, Instant now) {
        String joined = String.join(SEPARATOR, reasonArgs);
        String args = reasonArgs.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 300));
        return jdbc.sql("""
                insert into offline_submission (idempotency_key, user_id, outcome, reason_key, reason_args, created_at)
                values (:key, :user, 'REFUSED', :reason, :args, :at)
                on conflict (idempotency_key) do nothing
                """).param("key", key).param("user", userId).param("reason", reasonKey).param("args", args)
                .param("at", Timestamp.from(now)).update() == 1;
    }

    @Override
    public List<Household> notVisited(long organisationId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select f.id, f.version, f.worker_name, f.worker_id_masked, f.bank_card_masked,
                       concat_ws(' ', r.full_name, f.address) as address
                  from hardship_file f
                  left join region r on r.code = f.address_region
                 where f.organisation_id = :organisation and f.status = 'APPROVED'
                   and not exists (select 1 from visit v
                                    where v.file_id = f.id and v.visited_on between :from and :to)
                 order by f.id desc
                 limit :limit
                """).param("organisation", organisationId).param("from", from).param("to", to)
                .param("limit", limit)
                .query((rs, row) -> new Household(rs.getLong("id"), rs.getLong("version"), rs.getString("worker_name"),
                        rs.getString("address"), rs.getString("worker_id_masked"), rs.getString("bank_card_masked")))
                .list();
    }

    @Override
    public void addKey(OfflineKey key, Instant now) {
        jdbc.sql("""
                insert into offline_key (id, user_id, secret, created_at, expires_at)
                values (:id, :user, :secret, :at, :expires)
                """).param("id", key.id()).param("user", key.userId()).param("secret", key.secret())
                .param("at", Timestamp.from(now)).param("expires", Timestamp.from(key.expiresAt())).update();
    }

    @Override
    public Optional<OfflineKey> findKey(UUID id) {
        return jdbc.sql("select id, user_id, secret, expires_at from offline_key where id = :id").param("id", id)
                .query((rs, row) -> new OfflineKey(rs.getObject("id", UUID.class), rs.getLong("user_id"),
                        rs.getBytes("secret"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private static List<String> split(String args) {
        return args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }
}
