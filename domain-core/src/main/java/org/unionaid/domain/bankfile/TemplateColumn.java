package org.unionaid.domain.bankfile;

import java.util.Objects;

/**
 * One column of a template's line kind. {@code width} (bytes in the file's encoding), {@code alignment}
 * and {@code pad} matter in fixed-width files; {@code amountFormat} for amounts only.
 */
public record TemplateColumn(TemplateSection section, int position, TemplateField field, String literal, Integer width,
        Alignment alignment, char pad, AmountFormat amountFormat) {

    public TemplateColumn {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(field, "field");
        if (!field.allowedIn(section)) {
            throw new IllegalArgumentException(field + " cannot stand in a " + section + " line");
        }
        if ((field == TemplateField.LITERAL) != (literal != null)) {
            throw new IllegalArgumentException("a literal column, and only it, has a text");
        }
        if (field.isAmount() != (amountFormat != null)) {
            throw new IllegalArgumentException("an amount column, and only it, has an amount format");
        }
        if (width != null && width <= 0) {
            throw new IllegalArgumentException("a width is positive: " + width);
        }
        if (pad != ' ' && pad != '0') {
            throw new IllegalArgumentException("pad with a space or a zero: " + pad);
        }
        alignment = alignment == null ? Alignment.LEFT : alignment;
    }

    public boolean zeroPadded() {
        return pad == '0';
    }

    public static TemplateColumn csv(TemplateSection section, int position, TemplateField field, String literal,
            AmountFormat amountFormat) {
        return new TemplateColumn(section, position, field, literal, null, Alignment.LEFT, ' ', amountFormat);
    }
}
