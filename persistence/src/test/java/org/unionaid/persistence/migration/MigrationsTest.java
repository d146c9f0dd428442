package org.unionaid.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.unionaid.persistence.testsupport.TestPostgres;

/** Every migration applies, in order, to a database nobody has touched. */
class MigrationsTest {

    @Test
    void migrationsApplyToAnEmptyDatabase() {
        String url = TestPostgres.createEmptyDatabase("unionaid_migrations_test");
        TestPostgres.Server server = TestPostgres.server();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, server.username(), server.password());

        MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).isEqualTo(3348);
        assertThat(jdbc.sql("select full_name from region where code = '330106'").query(String.class).single())
                .isEqualTo("浙江省 杭州市 西湖区");
        assertThat(jdbc.sql("""
                select count(*) from information_schema.tables
                 where table_schema = 'public' and table_name in ('organisation', 'user_account', 'user_role', 'audit_event')
                """).query(Long.class).single()).isEqualTo(4);
    }
}
