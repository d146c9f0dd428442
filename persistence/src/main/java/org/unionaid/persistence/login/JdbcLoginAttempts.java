package org.unionaid.persistence.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.login.LoginAttempts;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Failed logins ({@code login_failure}, V45 and V51) and locked names ({@code login_lock}, V51): one table for
 * every node, so that guessing on several nodes in turn gains nothing and a restarted node forgets nothing.
 */
@Repository
class JdbcLoginAttempts implements LoginAttempts {

    private final JdbcClient jdbc;

    JdbcLoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Failures since(String key, String address, Instant since) {
        return jdbc.sql("""
                select count(*) filter (where client_address = :address) as from_address,
                       max(failed_at) filter (where client_address = :address) as last_from_address,
                       count(*) as from_anywhere
                  from login_failure where login_key = :key and failed_at >= :since
                """).param("key", key).param("address", address).param("since", Timestamp.from(since))
                .query((rs, n) -> new Failures(rs.getInt("from_address"),
                        rs.getTimestamp("last_from_address") == null ? null
                                : rs.getTimestamp("last_from_address").toInstant(),
                        rs.getInt("from_anywhere")))
                .single();
    }

    @Override
    public void fail(String key, String address, Instant at) {
        jdbc.sql("insert into login_failure (login_key, client_address, failed_at) values (:key, :address, :at)")
                .param("key", key).param("address", address).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void forget(String key, String address) {
        jdbc.sql("delete from login_failure where login_key = :key and client_address = :address")
                .param("key", key).param("address", address).update();
    }

    @Override
    public boolean isLocked(String key) {
        return jdbc.sql("select count(*) from login_lock where login_key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }

    @Override
    public boolean lock(String key, int failures, Instant at) {
        return jdbc.sql("""
                insert into login_lock (login_key, locked_at, failures) values (:key, :at, :failures)
                on conflict (login_key) do nothing
                """).param("key", key).param("at", Timestamp.from(at)).param("failures", failures).update() == 1;
    }

    @Override
    public boolean unlock(String key) {
        jdbc.sql("delete from login_failure where login_key = :key").param("key", key).update();
        return jdbc.sql("delete from login_lock where login_key = :key").param("key", key).update() == 1;
    }

    @Override
    public List<LockedAccount> lockedIn(OrganisationPath scope) {
        return jdbc.sql("""
                select u.id, u.login_name, u.display_name, o.name as organisation_name, l.locked_at, l.failures
                  from login_lock l
                  join user_account u on u.login_name = l.login_key
                  join organisation o on o.id = u.organisation_id
                 where o.path >= :lower and o.path < :upper
                 order by l.locked_at desc, u.login_name
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, n) -> new LockedAccount(rs.getLong("id"), rs.getString("login_name"),
                        rs.getString("display_name"), rs.getString("organisation_name"),
                        rs.getTimestamp("locked_at").toInstant(), rs.getInt("failures")))
                .list();
    }

    @Override
    public int purge(Instant before) {
        return jdbc.sql("delete from login_failure where failed_at < :before").param("before", Timestamp.from(before))
                .update();
    }
}
