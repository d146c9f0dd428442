package org.unionaid.persistence.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.login.SecondFactor;
import org.unionaid.domain.login.SecondFactors;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;

/**
 * Second factors in PostgreSQL (V51). The secret is sealed with AES-256-GCM (purpose TOTP_SECRET), so neither a
 * copy of the database nor a backup makes codes; recovery codes are stored as keyed digests (blind index, purpose
 * RECOVERY_CODE) and never themselves. Spending a step or a code is one conditional UPDATE: its row count says
 * whether this request was the one that spent it.
 */
@Repository
class JdbcSecondFactors implements SecondFactors {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;

    JdbcSecondFactors(JdbcClient jdbc, PersonalDataProtector protector) {
        this.jdbc = jdbc;
        this.protector = protector;
    }

    @Override
    public Optional<SecondFactor> find(long userId) {
        return jdbc.sql("""
                select user_id, secret, created_at, confirmed_at, last_used_step from second_factor where user_id = :user
                """).param("user", userId)
                .query((rs, n) -> new SecondFactor(rs.getLong("user_id"),
                        protector.openBytes(Purpose.TOTP_SECRET, rs.getBytes("secret")),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("confirmed_at")),
                        rs.getLong("last_used_step")))
                .optional();
    }

    @Override
    public boolean begin(long userId, byte[] secret, Instant at) {
        return jdbc.sql("""
                insert into second_factor (user_id, secret, created_at) values (:user, :secret, :at)
                on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                       last_used_step = 0
                 where second_factor.confirmed_at is null
                """).param("user", userId).param("secret", protector.sealBytes(Purpose.TOTP_SECRET, secret))
                .param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public boolean confirm(long userId, long step, List<String> recoveryCodes, Instant at) {
        int confirmed = jdbc.sql("""
                update second_factor set confirmed_at = :at, last_used_step = :step
                 where user_id = :user and confirmed_at is null and last_used_step < :step
                """).param("user", userId).param("step", step).param("at", Timestamp.from(at)).update();
        if (confirmed != 1) {
            return false;
        }
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", userId).update();
        for (String code : recoveryCodes) {
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (:user, :hash)").param("user", userId)
                    .param("hash", digest(code)).update();
        }
        return true;
    }

    @Override
    public boolean spend(long userId, long step) {
        return jdbc.sql("""
                update second_factor set last_used_step = :step
                 where user_id = :user and confirmed_at is not null and last_used_step < :step
                """).param("user", userId).param("step", step).update() == 1;
    }

    @Override
    public boolean spendRecoveryCode(long userId, String code, Instant at) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                update recovery_code set used_at = :at
                 where user_id = :user and code_hash = :hash and used_at is null
                """).param("user", userId).param("hash", digest(code)).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :user and used_at is null")
                .param("user", userId).query(Integer.class).single();
    }

    @Override
    public boolean remove(long userId) {
        return jdbc.sql("delete from second_factor where user_id = :user").param("user", userId).update() == 1;
    }

    /** Codes are compared as normalised by the use case: upper case, no hyphen. */
    private byte[] digest(String code) {
        return protector.blindIndex(Purpose.RECOVERY_CODE, code.replace("-", ""));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
