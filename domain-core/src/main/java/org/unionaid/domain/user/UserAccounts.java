package org.unionaid.domain.user;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.scope.OrganisationPath;

/** Users, as the domain needs them. Implemented in the persistence module. */
public interface UserAccounts {

    UserAccount add(UserAccount user);

    Optional<UserAccount> findById(long id);

    /** Looks up by login name, case-insensitively. */
    Optional<UserAccount> findByLoginName(String loginName);

    boolean existsByLoginName(String loginName);

    /** Users whose organisation lies in {@code scope}, ordered by organisation path and login name. */
    Page<UserAccount> search(OrganisationPath scope, UserFilter filter, Pageable pageable);

    long countInSubtree(OrganisationPath scope);
}
