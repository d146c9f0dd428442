package org.unionaid.persistence.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationFilter;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.UnionInReach;
import org.unionaid.persistence.shared.LikePatterns;

/** The union tree in PostgreSQL; subtree queries are range scans on the materialised path. */
@Repository
class OrganisationRepository implements Organisations {

    private final OrganisationJpaRepository jpa;
    private final JdbcClient jdbc;

    OrganisationRepository(OrganisationJpaRepository jpa, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.jpa = jpa;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public Organisation add(Organisation organisation) {
        return jpa.save(organisation);
    }

    @Override
    public Optional<Organisation> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public boolean existsByCode(String code) {
        return jpa.existsByCode(code);
    }

    @Override
    public boolean isEmpty() {
        return jpa.count() == 0;
    }

    @Override
    public Page<Organisation> search(OrganisationPath scope, OrganisationFilter filter, Pageable pageable) {
        Pageable byPath = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("path"));
        return jpa.findAll(matching(scope, filter), byPath);
    }

    private static Specification<Organisation> matching(OrganisationPath scope, OrganisationFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.greaterThanOrEqualTo(root.get("path"), scope.lowerBound()));
            predicates.add(cb.lessThan(root.get("path"), scope.upperBound()));
            if (filter.hasText()) {
                String pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("code")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    @Override
    public List<Organisation> subtree(OrganisationPath scope) {
        return jpa.findSubtree(scope.lowerBound(), scope.upperBound());
    }

    @Override
    public List<UnionInReach> federations(OrganisationPath scope, long own) {
        // Rows, not entities: hundreds of them for a province, on every file list. The literal 'BASE' matches the
        // predicate of the partial index organisation_federation_path_idx (V50). The depth is the path's count of
        // ids, counted here rather than by parsing each path into an OrganisationPath.
        return jdbc.sql("""
                select id, name, length(path) - length(replace(path, '/', '')) - 1 from organisation
                 where path >= :lower and path < :upper and (type <> 'BASE' or id = :own)
                 order by path
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound()).param("own", own)
                .query((row, number) -> new UnionInReach(row.getLong(1), row.getString(2), row.getInt(3)))
                .list();
    }

    @Override
    public long countSubtree(OrganisationPath scope) {
        return jpa.countSubtree(scope.lowerBound(), scope.upperBound());
    }

    @Override
    public List<Organisation> childrenOf(OrganisationPath path) {
        List<Long> ids = path.ids();
        return jpa.findByParentIdOrderByPath(ids.get(ids.size() - 1));
    }

    @Override
    public List<Organisation> ancestorsOf(OrganisationPath path) {
        return jpa.findAllByIdOrderByPath(path.ids());
    }

    @Override
    public int movePaths(OrganisationPath from, OrganisationPath to) {
        return jpa.rewritePaths(from.value(), to.value(), from.lowerBound(), from.upperBound());
    }
}
