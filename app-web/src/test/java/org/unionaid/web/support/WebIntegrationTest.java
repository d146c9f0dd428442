package org.unionaid.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.unionaid.persistence.testsupport.TestDatabaseInitializer;
import org.unionaid.persistence.testsupport.TestKeys;

/**
 * The whole application on a random port and on the shared real PostgreSQL, with the demo data as
 * fixture (loaded once per database). Every web test uses exactly this, so one context serves all.
 * Tests that change data either run in a rolled-back transaction or create their own unions. The clock
 * starts on {@link #STARTS_AT} and is a {@code MovableClock}: tests build the past by moving it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"unionaid.demo-data.enabled=true", "unionaid.clock.starts-at=" + WebIntegrationTest.STARTS_AT,
                "unionaid.personal-data.encryption-key=" + TestKeys.ENCRYPTION,
                "unionaid.personal-data.index-key=" + TestKeys.INDEX,
                "unionaid.ledger.checkpoint-key=" + WebIntegrationTest.CHECKPOINT_KEY})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(StatementCounter.class)
public @interface WebIntegrationTest {

    /**
     * Every test run starts on the same working day, so that dates built from "today" (notices, re-verification,
     * the holiday calendar) mean the same thing whenever the suite runs.
     */
    String STARTS_AT = "2026-12-03T09:00:00+08:00";

    /** Seals the ledger checkpoints of the tests (32 random bytes, used nowhere else). */
    String CHECKPOINT_KEY = "Zk9tR3pXb2xkNnF1N0hSa2x2Q2VzcjRzVW1yOEpmMnk=";
}
