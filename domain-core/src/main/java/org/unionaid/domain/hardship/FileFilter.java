package org.unionaid.domain.hardship;

/**
 * Filters of the file list; {@code null} or blank means "any". {@code idNumber} is matched exactly,
 * through its blind index, never by a LIKE on stored numbers.
 */
public record FileFilter(String name, String idNumber, FileStatus status) {

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public boolean hasIdNumber() {
        return idNumber != null && !idNumber.isBlank();
    }
}
