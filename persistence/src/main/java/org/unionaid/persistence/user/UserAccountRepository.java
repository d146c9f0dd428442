package org.unionaid.persistence.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.domain.user.UserFilter;
import org.unionaid.persistence.shared.LikePatterns;

/** Users in PostgreSQL, scoped by their organisation's materialised path. */
@Repository
class UserAccountRepository implements UserAccounts {

    private final UserAccountJpaRepository jpa;

    UserAccountRepository(UserAccountJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public UserAccount add(UserAccount user) {
        return jpa.save(user);
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public Optional<UserAccount> findByLoginName(String loginName) {
        return jpa.findByLoginName(UserAccount.normaliseLoginName(loginName));
    }

    @Override
    public boolean existsByLoginName(String loginName) {
        return jpa.existsByLoginName(UserAccount.normaliseLoginName(loginName));
    }

    @Override
    public Page<UserAccount> search(OrganisationPath scope, UserFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("organisation.path", "loginName"));
        return jpa.findAll(matching(scope, filter), ordered);
    }

    private static Specification<UserAccount> matching(OrganisationPath scope, UserFilter filter) {
        return (root, query, cb) -> {
            Join<UserAccount, Organisation> organisation = root.join("organisation", JoinType.INNER);
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.greaterThanOrEqualTo(organisation.get("path"), scope.lowerBound()));
            predicates.add(cb.lessThan(organisation.get("path"), scope.upperBound()));
            if (filter.hasText()) {
                String pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(root.get("loginName"), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("displayName")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(organisation.get("name")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.role() != null) {
                predicates.add(cb.isMember(filter.role(), root.get("roles")));
            }
            if (filter.enabled() != null) {
                predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    @Override
    public long countInSubtree(OrganisationPath scope) {
        return jpa.countInSubtree(scope.lowerBound(), scope.upperBound());
    }
}
