package org.unionaid.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module dependencies point one way: app-web → reporting/persistence → domain-core. The domain
 * holds the rules and knows nothing of the web, servlets, Spring Data repositories or SQL.
 */
class DependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unionaid");
    }

    @Test
    void domainUsesNoWebServletRepositoryOrSqlTypes() {
        noClasses().that().resideInAPackage("org.unionaid.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.springframework.data.repository..",
                        "org.springframework.data.jpa..", "org.springframework.jdbc..", "org.hibernate..",
                        "java.sql..", "org.springframework.security..", "org.thymeleaf..")
                .check(classes);
    }

    @Test
    void domainReachesNoOtherModule() {
        noClasses().that().resideInAPackage("org.unionaid.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionaid.persistence..",
                        "org.unionaid.reporting..", "org.unionaid.web..")
                .check(classes);
    }

    @Test
    void persistenceReachesNeitherReportingNorWeb() {
        noClasses().that().resideInAPackage("org.unionaid.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionaid.reporting..", "org.unionaid.web..")
                .check(classes);
    }

    @Test
    void reportingDoesNotReachTheWeb() {
        noClasses().that().resideInAPackage("org.unionaid.reporting..")
                .should().dependOnClassesThat().resideInAPackage("org.unionaid.web..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
