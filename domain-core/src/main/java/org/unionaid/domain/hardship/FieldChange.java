package org.unionaid.domain.hardship;

/**
 * One field of a file that changed: its key (as {@link FileSnapshot} names it) and the value before
 * and after, each {@code null} when the field was or became empty. Values are codes and masks, never
 * clear ID or card numbers.
 */
public record FieldChange(String field, String before, String after) {

    /** Changes of the card money is paid to: auditors look at these first. */
    public boolean bankAccount() {
        return field.startsWith("bank");
    }
}
