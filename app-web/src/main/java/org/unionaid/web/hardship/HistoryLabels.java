package org.unionaid.web.hardship;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a file's history into words: the name of each changed field and its values, with codes
 * translated. The history stores codes ({@code LAID_OFF}, {@code ILLNESS,DISABILITY}) so that it
 * reads in the language of whoever looks at it.
 */
@Component("historyLabels")
public class HistoryLabels {

    /** Message prefix of the codes of each coded field, by the last segment of the field's key. */
    private static final Map<String, String> CODE_PREFIXES = Map.ofEntries(
            Map.entry("status", "file.status"),
            Map.entry("householdRegister", "householdRegister"),
            Map.entry("employmentStatus", "employment"),
            Map.entry("employment", "employment"),
            Map.entry("modelWorkerLevel", "modelWorker"),
            Map.entry("relation", "relation"),
            Map.entry("school", "school"),
            Map.entry("causes", "cause"),
            Map.entry("mainCause", "cause"),
            Map.entry("needs", "need"),
            Map.entry("level", "level"),
            Map.entry("exclusions", "exclusion"),
            Map.entry("suggestedCategory", "category"),
            Map.entry("confirmedCategory", "category"),
            Map.entry("bank", "bank"),
            Map.entry("incomeCheckResult", "incomeCheck"),
            Map.entry("exitReason", "exitReason"));

    private static final Set<String> YES_NO = Set.of("migrantWorker", "partyMember");

    private final MessageSource messages;

    HistoryLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "联系电话", or for {@code member.2.relation} "家庭成员 2 · 与职工关系". */
    public String field(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        String[] parts = key.split("\\.");
        if (parts.length == 3 && parts[0].equals("member")) {
            String part = messages.getMessage("file.member." + parts[2], null, parts[2], locale);
            return messages.getMessage("history.member", new Object[] {parts[1], part}, locale);
        }
        return messages.getMessage("history.field." + key, null, key, locale);
    }

    /** The value as people read it: codes translated, several joined with "、", an empty value as "—". */
    public String value(String key, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        if (value == null || value.isEmpty()) {
            return messages.getMessage("file.notEntered", null, locale);
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (YES_NO.contains(last)) {
            return messages.getMessage(Boolean.parseBoolean(value) ? "form.yes" : "form.no", null, locale);
        }
        String prefix = CODE_PREFIXES.get(last);
        if (prefix == null) {
            return value;
        }
        return Arrays.stream(value.split(","))
                .map(code -> messages.getMessage(prefix + "." + code, null, code, locale))
                .collect(Collectors.joining(messages.getMessage("list.separator", null, "、", locale)));
    }
}
