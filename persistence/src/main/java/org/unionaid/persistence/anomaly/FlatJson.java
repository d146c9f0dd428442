package org.unionaid.persistence.anomaly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the evidence of a hit as PostgreSQL prints a {@code jsonb} object: one level of names, each holding a
 * string, a number, true or false, null, or an array of those. That is all the rules write, so a small reader
 * does, instead of a JSON library this module does not otherwise need.
 */
final class FlatJson {

    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /** The object's members in order; a null member is left out. */
    static Map<String, Object> object(String text) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (text == null) {
            return members;
        }
        FlatJson json = new FlatJson(text);
        json.expect('{');
        if (json.peek() == '}') {
            return members;
        }
        do {
            String name = json.string();
            json.expect(':');
            Object value = json.value(true);
            if (value != null) {
                members.put(name, value);
            }
        } while (json.next(','));
        json.expect('}');
        return members;
    }

    private Object value(boolean arrays) {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '[' && arrays) {
            expect('[');
            List<Object> items = new ArrayList<>();
            if (peek() != ']') {
                do {
                    items.add(value(false));
                } while (next(','));
            }
            expect(']');
            return items;
        }
        int start = at;
        while (at < text.length() && ",]} \n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> new BigDecimal(word);
        };
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private char peek() {
        while (Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.charAt(at);
    }

    private boolean next(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
        }
        at++;
    }
}
