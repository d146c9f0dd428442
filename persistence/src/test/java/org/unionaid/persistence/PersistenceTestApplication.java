package org.unionaid.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The configuration persistence slice tests start from: the domain's entities and this module's adapters. */
@SpringBootConfiguration
@EntityScan("org.unionaid.domain")
@EnableJpaRepositories("org.unionaid.persistence")
@ComponentScan(basePackages = "org.unionaid.persistence",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class))
class PersistenceTestApplication {
}
