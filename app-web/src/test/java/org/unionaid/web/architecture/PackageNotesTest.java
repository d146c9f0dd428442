package org.unionaid.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * Every feature package of domain-core names its use cases and its ports in its package-info, so that the next
 * engineer starts from the package note (docs/architecture.md "Naming"): a use case or port the note does not
 * link fails here, naming it.
 */
class PackageNotesTest {

    private static final Path DOMAIN = Path.of("..", "domain-core", "src", "main", "java").toAbsolutePath()
            .normalize();

    @Test
    void everyPackageNoteLinksItsUseCasesAndPorts() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unionaid");
        List<String> missing = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().startsWith("org.unionaid.domain.") || type.isNestedClass()
                    || !(type.isAnnotatedWith(Service.class) || isPort(type))) {
                continue;
            }
            Path note = DOMAIN.resolve(type.getPackageName().replace('.', '/')).resolve("package-info.java");
            if (!Files.exists(note) || !Files.readString(note).contains("{@link " + type.getSimpleName() + "}")) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("use cases and ports no package-info links").isEmpty();
    }

    /** A port: an interface of the domain that persistence (or the web, for the password hasher) implements. */
    private static boolean isPort(JavaClass type) {
        return type.isInterface() && type.getAllSubclasses().stream().anyMatch(implementation ->
                implementation.getPackageName().startsWith("org.unionaid.persistence")
                        || implementation.getPackageName().startsWith("org.unionaid.web"));
    }
}
