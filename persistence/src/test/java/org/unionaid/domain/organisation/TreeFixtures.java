package org.unionaid.domain.organisation;

import java.util.UUID;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Builds small union trees for tests. Codes get a per-fixture suffix so that tests sharing one
 * database never collide; {@link #code} gives the full code of a short name.
 */
public class TreeFixtures {

    private final Organisations organisations;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public TreeFixtures(Organisations organisations) {
        this.organisations = organisations;
    }

    public String code(String shortName) {
        return shortName + "-" + suffix;
    }

    public Organisation root(String shortName, OrganisationType type, String regionCode) {
        return organisations.add(Organisation.root(organisations.nextId(), details(shortName, type, regionCode)));
    }

    public Organisation child(Organisation parent, String shortName, OrganisationType type, String regionCode) {
        return organisations.add(
                Organisation.under(organisations.nextId(), parent, details(shortName, type, regionCode)));
    }

    /** Moves {@code node} under {@code newParent} as the use case does; returns the descendants moved. */
    public int move(Organisation node, Organisation newParent) {
        OrganisationPath from = node.path();
        node.moveUnder(newParent);
        return organisations.movePaths(from, node.path());
    }

    private OrganisationDetails details(String shortName, OrganisationType type, String regionCode) {
        return new OrganisationDetails(code(shortName), shortName + "工会", type, new RegionCode(regionCode), false,
                null, null);
    }
}
