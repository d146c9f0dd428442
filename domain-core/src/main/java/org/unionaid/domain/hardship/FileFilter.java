package org.unionaid.domain.hardship;

/**
 * Filters of the file list; {@code null} or blank means "any". A person is searched exactly by the
 * hex form of its blind index ({@link FileRegistration#personKey}), so that no ID number ever
 * appears in a URL, a browser history or a proxy log.
 */
public record FileFilter(String name, String personKey, FileStatus status, HardshipCategory category,
        HardshipCause cause, Need need) {

    public FileFilter(String name, String personKey, FileStatus status) {
        this(name, personKey, status, null, null, null);
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public boolean hasPersonKey() {
        return personKey != null && personKey.matches("[0-9a-f]{64}");
    }
}
