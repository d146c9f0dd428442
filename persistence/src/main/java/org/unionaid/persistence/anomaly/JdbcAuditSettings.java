package org.unionaid.persistence.anomaly;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.anomaly.AnomalySettings;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.SettingChange;
import org.unionaid.domain.anomaly.Threshold;

/** R-AUDIT-03 — thresholds as append-only rows of {@code audit_setting}: the latest row of a key counts. */
@Repository
class JdbcAuditSettings implements AuditSettings {

    private final JdbcClient jdbc;

    JdbcAuditSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AnomalySettings current() {
        Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
        jdbc.sql("select distinct on (key) key, value from audit_setting order by key, id desc").query(rs -> {
            try {
                values.put(Threshold.valueOf(rs.getString("key")), rs.getBigDecimal("value"));
            } catch (IllegalArgumentException retired) {
                // a key no threshold uses any more
            }
        });
        return new AnomalySettings(values);
    }

    @Override
    public void change(Threshold threshold, BigDecimal value, long changedBy, Instant at, String reason) {
        jdbc.sql("""
                insert into audit_setting (key, value, changed_by, changed_at, reason)
                values (:key, :value, :by, :at, :reason)
                """).param("key", threshold.name()).param("value", value).param("by", changedBy)
                .param("at", Timestamp.from(at)).param("reason", reason).update();
    }

    @Override
    public List<SettingChange> history() {
        return jdbc.sql("""
                select s.key, s.value, s.changed_by, u.display_name, s.changed_at, s.reason
                  from audit_setting s left join user_account u on u.id = s.changed_by
                 order by s.id desc
                """).query((rs, row) -> {
                    Threshold threshold;
                    try {
                        threshold = Threshold.valueOf(rs.getString("key"));
                    } catch (IllegalArgumentException retired) {
                        return null;
                    }
                    return new SettingChange(threshold, rs.getBigDecimal("value"),
                            rs.getObject("changed_by", Long.class), rs.getString("display_name"),
                            rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"));
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
