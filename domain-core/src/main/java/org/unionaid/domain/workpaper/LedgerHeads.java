package org.unionaid.domain.workpaper;

import java.util.List;

import org.unionaid.domain.scope.OrganisationPath;

/** The chain heads of the unions of a subtree, in tree order. Implemented in persistence. */
public interface LedgerHeads {

    List<ChainHeadRow> headsIn(OrganisationPath scope);
}
