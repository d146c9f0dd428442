package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Two clerks of two unions file the same worker at the same instant, each in its own transaction:
 * the database lets exactly one file hold the person, and the other clerk reads which union has it.
 * Specifies R-FILE-01 (docs/rules.md).
 */
@WebIntegrationTest
class ConcurrentFilingTest {

    @Autowired
    FileRegistration registration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Test
    void twoClerksFilingOnePersonAtOnceEndWithOneFileAndOneClearMessage() throws Exception {
        String workerId = TestIds.next();
        Actor provinceClerk = demo.actor("admin", Role.CLERK);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Object>> clerks = new ArrayList<>();
        for (String union : List.of("ZJ-HZ-XH-LJ", "ZJ-NB-HS-WL")) {
            long unionId = demo.organisationId(union);
            clerks.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    return registration.open(provinceClerk, new FileEntry(unionId, "赵国庆", workerId, List.of())).getId();
                } catch (DomainException refusal) {
                    return refusal;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<Object> outcome : pool.invokeAll(clerks, 30, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> files = outcomes.stream().filter(Long.class::isInstance).map(Long.class::cast).toList();
        List<DomainException> refusals = outcomes.stream().filter(DomainException.class::isInstance)
                .map(DomainException.class::cast).toList();
        assertThat(files).hasSize(1);
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("file.person.activeElsewhere");
            String winner = jdbc.sql("select o.name from hardship_file f join organisation o on o.id = f.organisation_id "
                    + "where f.id = :id").param("id", files.get(0)).query(String.class).single();
            assertThat(refusal.arguments()).containsExactly(winner);
        });
        assertThat(jdbc.sql("select count(*) from hardship_file where id = :id").param("id", files.get(0))
                .query(Long.class).single()).isEqualTo(1);
    }
}
