package org.unionaid.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Module dependencies point one way: app-web → reporting/persistence → domain-core. The domain
 * holds the rules and knows nothing of the web, servlets, Spring Data repositories or SQL.
 */
class DependencyRulesTest {

    /**
     * The Spring types domain-core may use, and why (docs/architecture.md "Spring in domain-core"): use cases are
     * beans with transactions; configuration reaches them as values; lists page with Spring Data's value types;
     * side effects go out as application events. Nothing else: no web, no data access, no security.
     */
    static final Set<String> SPRING_IN_THE_DOMAIN = Set.of(
            "org.springframework.stereotype.Service", "org.springframework.stereotype.Component",
            "org.springframework.transaction.annotation.Transactional",
            "org.springframework.transaction.annotation.Propagation",
            "org.springframework.beans.factory.annotation.Value",
            "org.springframework.beans.factory.annotation.Autowired",
            "org.springframework.context.ApplicationEventPublisher",
            "org.springframework.data.domain.Page", "org.springframework.data.domain.PageImpl",
            "org.springframework.data.domain.PageRequest", "org.springframework.data.domain.Pageable",
            "org.springframework.data.domain.Sort", "org.springframework.data.domain.Sort$Direction",
            "org.springframework.data.domain.Sort$Order", "org.springframework.data.domain.Slice",
            "org.springframework.data.domain.Chunk", "org.springframework.data.domain.Streamable");

    /** A port: an interface of the domain that persistence implements. */
    private static final DescribedPredicate<JavaClass> PORTS = DescribedPredicate.describe("ports of domain-core",
            c -> c.isInterface() && c.getPackageName().startsWith("org.unionaid.domain")
                    && c.getAllSubclasses().stream().anyMatch(s -> s.getPackageName().startsWith("org.unionaid.persistence")));

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

    @Test
    void domainFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("org.unionaid.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersCallUseCasesNotPorts() {
        noClasses().that().areAnnotatedWith(Controller.class).should().dependOnClassesThat(PORTS).check(classes);
    }

    /** One naming convention (docs/architecture.md "Names"): a use case names an activity, never a plural noun. */
    @Test
    void useCasesAreNeverPluralNouns() {
        noClasses().that().resideInAnyPackage("org.unionaid.domain..", "org.unionaid.reporting..")
                .and().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .should().haveSimpleNameEndingWith("s")
                .check(classes);
    }

    /** Reporting reads the tables through JDBC itself (its pom has no persistence): the build and this say so. */
    @Test
    void reportingDoesNotReachPersistence() {
        noClasses().that().resideInAPackage("org.unionaid.reporting..")
                .should().dependOnClassesThat().resideInAPackage("org.unionaid.persistence..")
                .check(classes);
    }

    @Test
    void domainUsesOnlyTheSpringTypesListed() {
        classes().that().resideInAPackage("org.unionaid.domain..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("not Spring, or listed",
                        c -> !c.getPackageName().startsWith("org.springframework")
                                || SPRING_IN_THE_DOMAIN.contains(c.getName())
                                // @Transactional's own member types (Isolation, Propagation) come with it
                                || c.getPackageName().equals("org.springframework.transaction.annotation")))
                .check(classes);
    }
}
