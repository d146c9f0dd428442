package org.unionaid.persistence.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.CheckpointSeal;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerCheck;
import org.unionaid.domain.ledger.LedgerCheckpointing;

/**
 * The ledger's domain services on top of this module's adapters. Found by the persistence test
 * application's component scan, so every persistence test shares one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Ledger.class, ChainVerification.class, LedgerCheck.class, LedgerCheckpointing.class})
public class LedgerTestConfiguration {

    /** For tests only: a checkpoint key nobody uses anywhere else. */
    static final byte[] CHECKPOINT_KEY = "persistence-tests-checkpoint-key-32b".getBytes(StandardCharsets.UTF_8);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CheckpointSeal checkpointSeal() {
        return new CheckpointSeal(CHECKPOINT_KEY);
    }
}
