package org.unionaid.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.unionaid.web.operations.BackupCommand;

/** UnionAid: hardship-worker assistance and the 送温暖 campaign for trade unions. */
@SpringBootApplication(scanBasePackages = "org.unionaid")
@ConfigurationPropertiesScan("org.unionaid.web")
@EntityScan("org.unionaid.domain")
@EnableJpaRepositories("org.unionaid.persistence")
public class UnionAidApplication {

    public static void main(String[] args) {
        if (BackupCommand.wanted(args)) {
            // The operator's backup and restore: no application context, no web server.
            System.exit(BackupCommand.run(System.out, args));
        }
        SpringApplication.run(UnionAidApplication.class, args);
    }
}
