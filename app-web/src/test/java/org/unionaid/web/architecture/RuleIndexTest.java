package org.unionaid.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md true: every rule in the index is enforced somewhere in main code and specified by the
 * tests its row names, and no code cites a rule the index does not have. Reads the sources of every module,
 * so a rule cannot drift away from its page unnoticed.
 */
class RuleIndexTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z]+-\\d{2}\\b");
    private static final Pattern TEST_CLASS = Pattern.compile("\\b[A-Z][A-Za-z]*Test\\b");

    /** The index: id → the test classes its row names. */
    private static final Map<String, Set<String>> INDEX = new LinkedHashMap<>();
    private static final List<String> INDEX_IDS = new ArrayList<>();
    /** id → the main files citing it. */
    private static final Map<String, Set<Path>> IN_MAIN = new HashMap<>();
    /** id → the test classes citing it. */
    private static final Map<String, Set<String>> IN_TESTS = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"))) {
            if (!line.startsWith("| R-")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String id = cells[1].strip();
            INDEX_IDS.add(id);
            Set<String> tests = new TreeSet<>();
            Matcher names = TEST_CLASS.matcher(cells[cells.length - 1]);
            while (names.find()) {
                tests.add(names.group());
            }
            INDEX.put(id, tests);
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                scan(module.resolve("src/main"), (id, file) -> IN_MAIN.computeIfAbsent(id, k -> new HashSet<>()).add(file));
                scan(module.resolve("src/test/java"), (id, file) -> IN_TESTS.computeIfAbsent(id, k -> new HashSet<>())
                        .add(file.getFileName().toString().replaceFirst("\\.java$", "")));
            }
        }
    }

    private interface Citation {
        void found(String id, Path file);
    }

    private static void scan(Path dir, Citation citation) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|sql|html|properties)$"))
                    .forEach(file -> {
                        Matcher ids = RULE_ID.matcher(read(file));
                        while (ids.find()) {
                            citation.found(ids.group(), file);
                        }
                    });
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theIndexHasRulesEachOnce() {
        assertThat(INDEX_IDS).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleInTheIndexIsEnforcedInMainCode() {
        assertThat(INDEX.keySet()).allSatisfy(id -> assertThat(IN_MAIN).as("main code citing " + id).containsKey(id));
    }

    @Test
    void everyRuleInTheIndexIsSpecifiedByTheTestsItsRowNames() {
        INDEX.forEach((id, tests) -> {
            assertThat(tests).as("tests named for " + id).isNotEmpty();
            assertThat(IN_TESTS.getOrDefault(id, Set.of())).as("test classes citing " + id).containsAll(tests);
        });
    }

    @Test
    void noCodeCitesARuleTheIndexDoesNotHave() {
        Set<String> cited = new TreeSet<>(IN_MAIN.keySet());
        cited.addAll(IN_TESTS.keySet());
        assertThat(INDEX.keySet()).containsAll(cited);
    }
}
