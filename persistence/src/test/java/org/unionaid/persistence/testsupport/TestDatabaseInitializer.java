package org.unionaid.persistence.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at the shared {@link TestPostgres} server before any bean or
 * condition is evaluated, so the embedded-PostgreSQL runtime stays off and Flyway, JPA and JDBC all
 * use the test database. Every test context uses the same initializer, so contexts stay cacheable.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Server server = TestPostgres.server();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", server.username() == null ? "" : server.username(),
                "spring.datasource.password", server.password() == null ? "" : server.password());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("unionaid-test-database",
                properties));
    }
}
