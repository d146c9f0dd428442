package org.unionaid.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unionaid.web.shared.FormLimits;

/**
 * Specifies R-PRIV-04 in the browser: every text field of every template has a length limit — a literal
 * {@code maxlength}, or, for the shared form fragment, the limit {@link FormLimits} keeps for its label.
 */
class FormLimitsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?<![:\\w-])type=\"([^\"]*)\"");
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "tel", "email", "url", "password");
    private static final Pattern FRAGMENT_CALL = Pattern.compile(
            "forms :: (?:textField|keptNumber)\\('([^']+)', '([^']+)'(?:, '([^']+)')?");

    // R-PRIV-04
    @Test
    void everyTextFieldOfEveryTemplateHasAMaxlength() throws IOException {
        List<String> unlimited = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
                Matcher field = FIELD.matcher(html);
                while (field.find()) {
                    String attributes = field.group(2);
                    Matcher type = TYPE.matcher(attributes);
                    boolean text = field.group(1).equals("textarea") || attributes.contains("th:type=")
                            || !type.find() || TEXT_TYPES.contains(type.group(1));
                    if (text && !attributes.matches("(?s).*\\bmaxlength=.*")) {
                        unlimited.add(TEMPLATES.relativize(template) + ": " + field.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(unlimited).as("text fields without maxlength").isEmpty();
    }

    // R-PRIV-04: the shared fragment's fields take their limit by label; a text field without one would have none.
    @Test
    void everyTextFieldDrawnByTheSharedFragmentHasALimitForItsLabel() throws IOException {
        FormLimits limits = new FormLimits();
        List<String> calls = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher call = FRAGMENT_CALL.matcher(Files.readString(template));
                while (call.find()) {
                    String label = call.group().contains("keptNumber") ? call.group(3) : call.group(2);
                    String type = call.group().contains("keptNumber") ? "text" : call.group(3);
                    calls.add(label);
                    if (!Set.of("date", "number").contains(type) && limits.of(label) == null) {
                        missing.add(TEMPLATES.relativize(template) + ": " + label);
                    }
                }
            }
        }
        assertThat(calls).hasSizeGreaterThan(20);
        assertThat(missing).as("labels without a limit in FormLimits").isEmpty();
    }
}
