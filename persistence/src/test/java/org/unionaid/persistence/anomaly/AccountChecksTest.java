package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Specifies R-ANOM-01, R-ANOM-02 and R-ANOM-03 on hand-built files: exactly the planted hits, and none of the near
 * misses beside them.
 */
@PersistenceTest
class AccountChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    EntityManager em;
    @Autowired
    AnomalyStore store;
    @Autowired
    AuditSettings settings;
    @Autowired
    Ledger ledger;
    @Autowired
    AccountChecks.SharedCard sharedCard;
    @Autowired
    AccountChecks.SharedPhone sharedPhone;
    @Autowired
    AccountChecks.PayeeNotHolder payeeNotHolder;

    private AnomalyData data;
    private RuleRun rules;
    private Organisation city;
    private Organisation base;

    @BeforeEach
    void tree() {
        data = new AnomalyData(jdbc, organisations, em, ledger);
        rules = new RuleRun(store, settings);
        city = data.root("审计市");
        base = data.child(data.child(city, "区", OrganisationType.COUNTY), "基层", OrganisationType.BASE);
    }

    @Test // R-ANOM-01
    void oneCardOnTwoActiveHouseholdsIsAHitWithBothFilesAndTheOtherUnionNamed() {
        String shared = AnomalyData.freshCardIndex();
        long first = data.file(base, "甲", Map.of());
        long second = data.file(city, "乙", Map.of());
        data.card(first, shared, "甲");
        data.card(second, shared, "乙");
        // near misses: a card on an active file and an exited one; a card of its own
        String reused = AnomalyData.freshCardIndex();
        long active = data.file(base, "丙", Map.of());
        long exited = data.file(base, "丁", Map.of("status", "EXITED", "closed_on", LocalDate.of(2026, 6, 1)));
        data.card(active, reused, "丙");
        data.card(exited, reused, "丁");
        data.card(data.file(base, "戊", Map.of()), AnomalyData.freshCardIndex(), "戊");
        // a card shared with a file outside the subtree: this subtree's file is the record, the other union is named
        Organisation elsewhere = data.root("外市");
        String crossing = AnomalyData.freshCardIndex();
        long inside = data.file(base, "己", Map.of());
        data.card(inside, crossing, "己");
        data.card(data.file(elsewhere, "庚", Map.of()), crossing, "庚");

        List<Hit> hits = rules.hits(sharedCard, city, TODAY);

        assertThat(hits).hasSize(2);
        assertThat(hits).extracting(h -> h.records().stream().map(Object::toString).toList())
                .containsExactlyInAnyOrder(List.of("hardship_file/" + first, "hardship_file/" + second),
                        List.of("hardship_file/" + inside));
        Hit both = hits.stream().filter(h -> h.records().size() == 2).findFirst().orElseThrow();
        assertThat(both.unionId()).isEqualTo(city.getId());
        assertThat(both.evidence()).containsEntry("households", new java.math.BigDecimal("2"))
                .containsEntry("workers", List.of("甲", "乙"));
        assertThat(both.evidence().get("card").toString()).startsWith("622202").doesNotContain(shared);
        Hit crossed = hits.stream().filter(h -> h.records().size() == 1).findFirst().orElseThrow();
        assertThat(crossed.evidence()).containsEntry("otherUnions", List.of(elsewhere.getName()));
        // seen from the base union, the city's file is another union's: named, not listed
        assertThat(rules.hits(sharedCard, base, TODAY)).hasSize(2).allSatisfy(h -> assertThat(h.records()).hasSize(1))
                .anySatisfy(h -> assertThat(h.evidence()).containsEntry("otherUnions", List.of(city.getName())));
    }

    @Test // R-ANOM-02
    void onePhoneOnTwoActiveHouseholdsIsAHitWhateverTheWritingShownMasked() {
        long first = data.file(base, "甲", Map.of("phone", "138-0000-1111"));
        long second = data.file(base, "乙", Map.of("phone", "13800001111"));
        data.file(base, "丙", Map.of("phone", "13800002222"));
        data.file(base, "丁", Map.of("phone", "13900003333"));
        data.file(base, "戊", Map.of("phone", "13900003333", "status", "CANCELLED"));

        List<Hit> hits = rules.hits(sharedPhone, city, TODAY);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.records()).extracting(Object::toString)
                    .containsExactly("hardship_file/" + first, "hardship_file/" + second);
            assertThat(hit.evidence()).containsEntry("phone", "138****1111");
        });
    }

    @Test // R-ANOM-03
    void aCardHeldByAnotherThanTheWorkerIsAHit() {
        long other = data.file(base, "李四", Map.of());
        data.card(other, AnomalyData.freshCardIndex(), "张三");
        data.card(data.file(base, "王五", Map.of()), AnomalyData.freshCardIndex(), " 王五 ");
        long closed = data.file(base, "赵六", Map.of("status", "EXITED", "closed_on", LocalDate.of(2026, 5, 1)));
        data.card(closed, AnomalyData.freshCardIndex(), "钱七");

        assertThat(rules.hits(payeeNotHolder, city, TODAY)).singleElement().satisfies(hit -> {
            assertThat(hit.records()).extracting(Object::toString).containsExactly("hardship_file/" + other);
            assertThat(hit.evidence()).containsEntry("worker", "李四").containsEntry("holder", "张三");
        });
    }
}
