package org.unionaid.web.shared;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One clock for the whole application, in the unions' time zone: "today" is Beijing's today. With demo
 * data (the demo profile and the tests) the clock is a {@link MovableClock}, so that demo data build the
 * past through the use cases and tests can start on a fixed day ({@code unionaid.clock.starts-at}); a
 * production start has the plain system clock and no way to move it.
 */
@Configuration
class TimeConfiguration {

    @Bean
    @ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "true")
    MovableClock movableClock(@Value("${unionaid.clock.starts-at:}") String startsAt) {
        return new MovableClock(Clock.system(DisplayFormats.ZONE),
                startsAt.isBlank() ? null : OffsetDateTime.parse(startsAt).toInstant());
    }

    @Bean
    @Primary
    Clock clock(ObjectProvider<MovableClock> movable) {
        MovableClock clock = movable.getIfAvailable();
        return clock != null ? clock : Clock.system(DisplayFormats.ZONE);
    }
}
