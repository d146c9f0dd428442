package org.unionaid.web.home;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccounts;

/**
 * Figures for the home page, per role, always counted within the actor's subtree. Later features
 * add their tiles (files awaiting review, batches awaiting approval, tables due upward).
 */
@Service
class Dashboard {

    private final Organisations organisations;
    private final UserAccounts users;

    Dashboard(Organisations organisations, UserAccounts users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** One figure on the dashboard: a message key for its label, the count, and where it leads. */
    record Tile(String labelKey, long count, String link) {
    }

    record View(List<Tile> tiles) {
    }

    @Transactional(readOnly = true)
    View of(Actor actor) {
        List<Tile> tiles = new ArrayList<>();
        long unions = organisations.countSubtree(actor.organisationPath());
        if (actor.has(Role.ADMIN)) {
            tiles.add(new Tile("dashboard.tile.organisations", unions, "/admin/organisations"));
            tiles.add(new Tile("dashboard.tile.users", users.countInSubtree(actor.organisationPath()), "/admin/users"));
        } else {
            tiles.add(new Tile("dashboard.tile.organisations", unions, null));
        }
        return new View(tiles);
    }
}
