package org.unionaid.persistence.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.user.PasswordHistory;

/** The bcrypt hashes of every password a user has had ({@code password_history}, V51), append-only in use. */
@Repository
class JdbcPasswordHistory implements PasswordHistory {

    private final JdbcClient jdbc;

    JdbcPasswordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long userId, String passwordHash, Instant at) {
        jdbc.sql("insert into password_history (user_id, password_hash, set_at) values (:user, :hash, :at)")
                .param("user", userId).param("hash", passwordHash).param("at", Timestamp.from(at)).update();
    }

    @Override
    public List<String> recent(long userId, int count) {
        return jdbc.sql("""
                select password_hash from password_history where user_id = :user order by set_at desc, id desc
                 limit :count
                """).param("user", userId).param("count", count).query(String.class).list();
    }
}
