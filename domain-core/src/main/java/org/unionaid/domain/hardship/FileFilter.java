package org.unionaid.domain.hardship;

import java.util.HexFormat;
import java.util.Set;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Filters of the file list; {@code null} or blank means "any". A person is searched exactly by the
 * hex form of its blind index ({@link FileRegistration#personKey}), so that no ID number ever
 * appears in a URL, a browser history or a proxy log. {@code organisationId} narrows the list to
 * that union's subtree; {@code campaignReady} keeps the files a campaign can pay: approved, with a
 * decided category that is not "not eligible", and a bank card.
 */
public record FileFilter(String name, String personKey, FileStatus status, HardshipCategory category,
        HardshipCause cause, Need need, Long organisationId, boolean campaignReady) {

    public FileFilter(String name, String personKey, FileStatus status) {
        this(name, personKey, status, null, null, null);
    }

    public FileFilter(String name, String personKey, FileStatus status, HardshipCategory category,
            HardshipCause cause, Need need) {
        this(name, personKey, status, category, cause, need, null, false);
    }

    /** The properties a file list may be sorted by (the rest are ignored). */
    public static final Set<String> SORTABLE = HardshipFiles.SORTABLE;

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public boolean hasPersonKey() {
        return personKey != null && personKey.matches("[0-9a-f]{64}");
    }

    /** The name filter as the query takes it: trimmed, or {@code null} for none. */
    public String namePrefix() {
        return hasName() ? name.strip() : null;
    }

    /** The person's blind index, or {@code null} for no person filter. */
    public byte[] personIndex() {
        return hasPersonKey() ? HexFormat.of().parseHex(personKey) : null;
    }

    /**
     * The subtree the list covers: the actor's, or that of the union the filter names, which must
     * lie in the actor's.
     */
    public OrganisationPath scope(Actor actor, Organisations organisations) {
        if (organisationId == null) {
            return actor.organisationPath();
        }
        Organisation union = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        actor.requireReach(union.path());
        return union.path();
    }
}
