package org.unionaid.domain.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.unionaid.domain.scope.OrganisationPath;

/** The union tree, as the domain needs it. Implemented in the persistence module. */
public interface Organisations {

    /** A fresh id for a new node, so that its path can be built before it is stored. */
    long nextId();

    Organisation add(Organisation organisation);

    Optional<Organisation> findById(long id);

    boolean existsByCode(String code);

    /** True before the first union of an installation exists. */
    boolean isEmpty();

    /** The nodes under (and including) {@code scope} matching the filter, ordered by path. */
    Page<Organisation> search(OrganisationPath scope, OrganisationFilter filter, Pageable pageable);

    /** Every node of the subtree, ordered by path: for pickers and the tree view of one union. */
    List<Organisation> subtree(OrganisationPath scope);

    long countSubtree(OrganisationPath scope);

    /**
     * The federations of the subtree (every node but the base unions) and the node {@code own}, ordered by path:
     * a province's few hundred, not its tens of thousands of base unions, for a union filter.
     */
    List<UnionInReach> federations(OrganisationPath scope, long own);

    /** The direct children of the node at {@code path}. */
    List<Organisation> childrenOf(OrganisationPath path);

    /** The nodes from the root down to {@code path}, for breadcrumbs. */
    List<Organisation> ancestorsOf(OrganisationPath path);

    /**
     * Rewrites the path of every node under {@code from} to lie under {@code to} in one statement,
     * so that a move keeps the subtree whole. Returns the number of nodes moved.
     */
    int movePaths(OrganisationPath from, OrganisationPath to);
}
