package org.unionaid.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.login.LoginRules;
import org.unionaid.domain.money.Money;
import org.unionaid.persistence.testsupport.TestDatabaseInitializer;
import org.unionaid.persistence.testsupport.TestKeys;
import org.unionaid.web.UnionAidApplication;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Two application nodes on one PostgreSQL, over real HTTP: node A is the tests' shared context, node B a
 * second context this class starts (and stops) on a port of its own. Sessions, the login throttle and
 * scheduled work live in the database, so it does not matter which node a request reaches.
 * Specifies R-OPS-03 (docs/rules.md).
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    @LocalServerPort
    int portA;

    @Autowired
    ConfigurableApplicationContext nodeA;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecondStep secondStep;

    ConfigurableApplicationContext nodeB;
    String a;
    String b;

    @BeforeAll
    void startSecondNode() {
        nodeB = new SpringApplicationBuilder(UnionAidApplication.class)
                .initializers(new TestDatabaseInitializer())
                // As arguments: they must outrank application.properties, as the test context's properties do.
                .run("--server.port=0", "--spring.jmx.enabled=false", "--unionaid.demo-data.enabled=true",
                        "--unionaid.clock.starts-at=" + WebIntegrationTest.STARTS_AT,
                        "--unionaid.personal-data.encryption-key=" + TestKeys.ENCRYPTION,
                        "--unionaid.personal-data.index-key=" + TestKeys.INDEX,
                        "--unionaid.ledger.checkpoint-key=" + WebIntegrationTest.CHECKPOINT_KEY);
        // One time for both nodes, as NTP gives real ones: each test context starts its clock on the same day at
        // its own start, so node B's would lag node A's by the time between the two starts.
        nodeB.getBean(MovableClock.class).moveTo(clock.instant());
        a = "http://localhost:" + portA;
        b = "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null && nodeB.isActive()) {
            nodeB.close();
        }
    }

    @Test
    void signedInOnOneNodeTheUserGoesOnOnTheOther() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn(a, "clerk", DemoUsers.PASSWORD)).endsWith("/");

        HttpResponse<String> home = browser.get(b, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("王芳");
        HttpResponse<String> logout = browser.post(b, "/logout", browser.csrfToken(b, "/"), Map.of());
        assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(browser.get(a, "/").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void failedLoginsOnBothNodesCountTowardsOneThrottle() throws Exception {
        String name = "guessed." + UUID.randomUUID();
        for (int attempt = 0; attempt < LoginRules.FREE_FAILURES; attempt++) {
            String location = new Browser().signIn(attempt % 2 == 0 ? a : b, name, "guess-" + attempt);
            assertThat(location).endsWith("/login?error");
        }
        // The free failures are spent, whichever node counted them: the next attempt waits, on either node.
        assertThat(new Browser().signIn(b, name, "guess-last")).contains("/login?wait=");
    }

    @Test
    void twentyApprovalsOfOneBatchSplitOverBothNodesCommitItOnce() throws Exception {
        Batch batch = draftBatch();
        long district = demo.organisationId("ZJ-HZ-XH");
        Ledger ledger = nodeA.getBean(Ledger.class);
        Money committedBefore = ledger.balance(district, AccountKind.COMMITTED, FundSource.PARTY_DUES,
                FundPurpose.EMPLOYMENT);
        Browser onA = new Browser();
        Browser onB = new Browser();
        assertThat(onA.signIn(a, "approver", DemoUsers.PASSWORD, () -> secondStep.code("approver"))).endsWith("/");
        assertThat(onB.signIn(b, "approver", DemoUsers.PASSWORD,
                () -> secondStep.code("approver", nodeB.getBean(Clock.class)))).endsWith("/");
        String tokenA = onA.csrfToken(a, "/batches/" + batch.id());
        String tokenB = onB.csrfToken(b, "/batches/" + batch.id());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                boolean first = i % 2 == 0;
                answers.add(pool.submit(() -> {
                    start.await();
                    return (first ? onA : onB).post(first ? a : b, "/batches/" + batch.id() + "/approve",
                            first ? tokenA : tokenB, Map.of()).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'BATCH_APPROVE' and target_id = :id and outcome = 'SUCCESS'
                """).param("id", String.valueOf(batch.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(ledger.balance(district, AccountKind.COMMITTED, FundSource.PARTY_DUES, FundPurpose.EMPLOYMENT))
                .isEqualTo(committedBefore.plus(batch.total()));
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    @Test
    void scheduledWorkStartedOnBothNodesAtOnceRunsOnOne() throws Exception {
        jdbc.sql("delete from shedlock where name = 'nightly-chain-verification'").update();
        long chains = jdbc.sql("select count(*) from ledger_chain_head").query(Long.class).single();
        long before = systemVerifications();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                NightlyChainVerification job = node.getBean(NightlyChainVerification.class);
                runs.add(pool.submit(() -> {
                    start.await();
                    job.verifyEveryChain();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(chains).isPositive();
        assertThat(systemVerifications() - before).isEqualTo(chains);
    }

    @Test
    @Order(Integer.MAX_VALUE) // node B stops here, so this runs last
    void aNodeStoppedMidSessionLeavesTheUserSignedInOnTheOther() throws Exception {
        Browser browser = new Browser();
        browser.signIn(b, "finance", DemoUsers.PASSWORD,
                () -> secondStep.code("finance", nodeB.getBean(Clock.class)));
        assertThat(browser.get(b, "/").statusCode()).isEqualTo(200);

        nodeB.close();

        HttpResponse<String> home = browser.get(a, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("赵敏");
    }

    private long systemVerifications() {
        return jdbc.sql("""
                select count(*) from audit_event where actor_login = :system and action = 'LEDGER_VERIFY'
                """).param("system", NightlyChainVerification.SYSTEM).query(Long.class).single();
    }

    /** A draft bank-transfer batch of one household, on a campaign and source (党费) of its own. */
    private Batch draftBatch() {
        LocalDate today = LocalDate.now(clock);
        CampaignAdministration campaigns = nodeA.getBean(CampaignAdministration.class);
        FundIntake intake = nodeA.getBean(FundIntake.class);
        ApprovedFiles files = nodeA.getBean(ApprovedFiles.class);
        Disbursement disbursement = nodeA.getBean(Disbursement.class);
        return nodeA.getBean(TransactionTemplate.class).execute(status -> {
            Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("两节点" + UUID.randomUUID(),
                    today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.EMPLOYMENT, "800")),
                    Map.of(FundPurpose.EMPLOYMENT, EnumSet.of(FundSource.PARTY_DUES))));
            intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.PARTY_DUES,
                    FundPurpose.EMPLOYMENT, "100000", today, "LJD-" + campaign.id(), null, null, null));
            files.approvedWithCard("两节点" + campaign.id(), FileLevel.COUNTY);
            Batch created = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.PARTY_DUES,
                    FundPurpose.EMPLOYMENT, PaymentMethod.BANK_TRANSFER, null);
            disbursement.fill(demo.actor("finance"), created.id(), HardshipCategory.DEEP, null);
            return disbursement.view(demo.actor("finance"), created.id());
        });
    }
}
