package org.unionaid.domain.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/** Specifies R-AUDIT-03: thresholds are the top union's, changed within their range with a reason, audited. */
class ThresholdAdministrationTest {

    /** The thresholds as rows: the latest of each counts. */
    private static final class Settings implements AuditSettings {
        private final List<SettingChange> rows = new ArrayList<>();

        Settings() {
            for (Threshold threshold : Threshold.values()) {
                rows.add(new SettingChange(threshold, BigDecimal.TEN, null, null, Instant.EPOCH, "默认值"));
            }
        }

        @Override
        public AnomalySettings current() {
            Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
            rows.forEach(row -> values.put(row.threshold(), row.value()));
            return new AnomalySettings(values);
        }

        @Override
        public void change(Threshold threshold, BigDecimal value, long changedBy, Instant at, String reason) {
            rows.add(new SettingChange(threshold, value, changedBy, null, at, reason));
        }

        @Override
        public List<SettingChange> history() {
            return List.copyOf(rows);
        }
    }

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final Organisation province = new UnionTree(organisations).root("ZJ", OrganisationType.PROVINCE);
    private final Organisation city = new UnionTree(organisations).under(province, "HZ", OrganisationType.CITY);
    private final Settings settings = new Settings();
    private final RecordingAuditLog log = new RecordingAuditLog(organisations);
    private final ThresholdAdministration thresholds = new ThresholdAdministration(settings, log,
            FixedClock.on(2026, 12, 3));

    @Test // R-AUDIT-03
    void anAuditorOfTheTopUnionChangesAThresholdWithAReasonAndTheChangeIsAudited() {
        thresholds.change(Actors.user(1, province, Role.AUDITOR), Threshold.YEARLY_CAP, new BigDecimal("8000.00"),
                "省总经审会决定");

        assertThat(settings.current().get(Threshold.YEARLY_CAP)).isEqualByComparingTo("8000");
        assertThat(log.actions()).containsExactly(AuditAction.AUDIT_SETTING_CHANGE);
        assertThat(log.last().detail()).isEqualTo("10 → 8000.00: 省总经审会决定");
    }

    @Test // R-AUDIT-03
    void onlyTheTopUnionChangesThemAndOnlyWithinTheRangeAndWithAReason() {
        assertThatThrownBy(() -> thresholds.change(Actors.user(2, city, Role.AUDITOR), Threshold.YEARLY_CAP,
                BigDecimal.ONE, "市里想改")).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> thresholds.change(Actors.user(3, province, Role.FINANCE), Threshold.YEARLY_CAP,
                BigDecimal.ONE, "财务想改")).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> thresholds.change(Actors.admin(province), Threshold.NOTICE_MINIMUM_DAYS,
                new BigDecimal("40"), "太长")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("audit.threshold.outOfRange"));
        assertThatThrownBy(() -> thresholds.change(Actors.admin(province), Threshold.NOTICE_MINIMUM_DAYS,
                new BigDecimal("5.5"), "半天")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("audit.threshold.outOfRange"));
        assertThatThrownBy(() -> thresholds.change(Actors.admin(province), Threshold.CARD_CHANGE_DAYS,
                new BigDecimal("20"), " ")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("audit.threshold.reasonRequired"));
        assertThat(log.entries()).isEmpty();
        assertThat(thresholds.current(Actors.user(2, city, Role.AUDITOR)).get(Threshold.YEARLY_CAP))
                .isEqualByComparingTo("10");
    }
}
