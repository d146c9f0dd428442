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
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Two clerks of two unions file two different workers on the same bank card at the same instant, each in its
 * own committed transaction: the database lets exactly one file hold the card, and the other clerk reads which
 * union has it, on the card field. Specifies R-CARD-01 (docs/rules.md).
 */
@WebIntegrationTest
class ConcurrentCardClaimTest {

    @Autowired
    FileRegistration registration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Autowired
    PersonalDataProtector protector;

    // R-CARD-01
    @Test
    void twoClerksFilingOneCardAtOnceEndWithOneFileAndOneClearMessage() throws Exception {
        // A few rounds: whichever clerk's insert comes second waits for the first one's commit.
        for (int round = 0; round < 3; round++) {
            String card = TestCards.next();
            List<Object> outcomes = fileAtOnce(card, List.of("ZJ-HZ-XH-LJ", "ZJ-NB-HS-WL"), List.of("钱卡甲", "孙卡乙"));

            List<Long> files = outcomes.stream().filter(Long.class::isInstance).map(Long.class::cast).toList();
            List<DomainException> refusals = outcomes.stream().filter(DomainException.class::isInstance)
                    .map(DomainException.class::cast).toList();
            assertThat(files).hasSize(1);
            String winner = jdbc.sql("select o.name from hardship_file f join organisation o on o.id = f.organisation_id "
                    + "where f.id = :id").param("id", files.get(0)).query(String.class).single();
            assertThat(refusals).singleElement().satisfies(refusal -> {
                assertThat(refusal.messageKey()).isEqualTo("file.bankCard.activeElsewhere");
                assertThat(refusal.field()).isEqualTo("bankCardNumber");
                assertThat(refusal.arguments()).containsExactly(winner);
            });
            assertThat(jdbc.sql("select file_id from active_card_claim where card_index = :card")
                    .param("card", protector.blindIndex(Purpose.BANK_CARD, card)).query(Long.class).list())
                    .containsExactly(files.get(0));
            assertThat(jdbc.sql("select count(*) from hardship_file where bank_card_index = :card")
                    .param("card", protector.blindIndex(Purpose.BANK_CARD, card)).query(Long.class).single())
                    .as("the loser's file rolled back").isEqualTo(1);
        }
    }

    /** Each union's clerk (a province-wide clerk here) files its worker on {@code card}, released together. */
    private List<Object> fileAtOnce(String card, List<String> unions, List<String> workers) throws Exception {
        Actor provinceClerk = demo.actor("admin", Role.CLERK);
        CyclicBarrier together = new CyclicBarrier(unions.size());
        List<Callable<Object>> clerks = new ArrayList<>();
        for (int i = 0; i < unions.size(); i++) {
            long unionId = demo.organisationId(unions.get(i));
            String worker = workers.get(i);
            clerks.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    return registration.open(provinceClerk, new FileEntry(unionId, worker, TestIds.next(), List.of(),
                            null, new FileEntry.BankEntry(Bank.ICBC, card, worker), null)).getId();
                } catch (DomainException refusal) {
                    return refusal;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(unions.size());
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<Object> outcome : pool.invokeAll(clerks, 30, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }
}
