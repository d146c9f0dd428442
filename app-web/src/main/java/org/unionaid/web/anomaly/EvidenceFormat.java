package org.unionaid.web.anomaly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a hit's evidence as a reader reads it: each figure under its name ({@code anomaly.evidence.<key>}), coded
 * values in words, amounts as a ledger prints them (names ending in {@code Amount}), yes and no. Templates ask
 * {@code @evidence.label(key)} and {@code @evidence.value(key, value)}.
 */
@Component("evidence")
public class EvidenceFormat {

    /** Evidence names whose values are codes, and the message prefix that names each code. */
    static final Map<String, String> CODES = Map.ofEntries(Map.entry("status", "file.status."),
            Map.entry("exitReason", "exitReason."), Map.entry("method", "batch.method."),
            Map.entry("lineStatus", "batch.line."), Map.entry("problem", "anomaly.problem."),
            Map.entry("source", "fundSource."), Map.entry("purpose", "fundPurpose."),
            Map.entry("category", "category."), Map.entry("exclusions", "exclusion."),
            Map.entry("missingDocuments", "attachment.kind."), Map.entry("incomeCheck", "incomeCheck."),
            Map.entry("document", "anomaly.document."), Map.entry("alsoDid", "file.event."));

    private final MessageSource messages;

    EvidenceFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String key) {
        return messages.getMessage("anomaly.evidence." + key, null, key, locale());
    }

    public String value(String key, Object value) {
        if (value instanceof List<?> items) {
            return items.isEmpty() ? messages.getMessage("anomaly.evidence.none", null, locale())
                    : items.stream().map(item -> value(key, item)).collect(Collectors.joining("、"));
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "anomaly.evidence.yes" : "anomaly.evidence.no", null, locale());
        }
        String prefix = CODES.get(key);
        if (prefix != null && value != null) {
            return messages.getMessage(prefix + value, null, String.valueOf(value), locale());
        }
        if (key.endsWith("Amount") && value instanceof BigDecimal amount) {
            return String.format(Locale.ROOT, "%,.2f", amount);
        }
        return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
