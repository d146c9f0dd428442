package org.unionaid.web.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the unions' time zone: "today" is Beijing's today. */
@Configuration
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(DisplayFormats.ZONE);
    }
}
