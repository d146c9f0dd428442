package org.unionaid.persistence.ledger;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.Ledger;

/**
 * The ledger's domain services on top of this module's adapters. Found by the persistence test
 * application's component scan, so every persistence test shares one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Ledger.class, ChainVerification.class})
public class LedgerTestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
