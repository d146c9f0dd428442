package org.unionaid.persistence.hardship;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.persistence.shared.LikePatterns;

/** The file list's filter as a query: the files it matches, in its order, and its rows. */
final class FileListQuery {

    private FileListQuery() {
    }

    /** The requested order if it is one the list offers, else newest first; the id breaks ties. */
    static Pageable ordered(Pageable pageable) {
        Sort requested = Sort.by(pageable.getSort().stream()
                .filter(order -> HardshipFiles.SORTABLE.contains(order.getProperty())).toList());
        Sort order = (requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "createdAt"))
                .and(Sort.by(Sort.Direction.DESC, "id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
    }

    static Specification<HardshipFile> specification(OrganisationPath scope, String namePrefix,
            List<Long> holders, FileFilter filter) {
        return (root, query, cb) -> {
            Join<HardshipFile, Organisation> union = root.join("organisation", JoinType.INNER);
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.greaterThanOrEqualTo(union.get("path"), scope.lowerBound()));
            predicates.add(cb.lessThan(union.get("path"), scope.upperBound()));
            if (namePrefix != null) {
                predicates.add(cb.like(root.get("workerName"), LikePatterns.startingWith(namePrefix),
                        LikePatterns.ESCAPE));
            }
            if (holders != null) {
                predicates.add(root.get("id").in(holders));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(cb.coalesce(root.get("category").get("confirmedCategory"), root.get("assessment").get("suggestedCategory")),
                        filter.category()));
            }
            if (filter.cause() != null) {
                predicates.add(cb.isTrue(cb.function("code_set_has", Boolean.class, root.get("circumstances").get("causes"),
                        cb.literal(filter.cause().name()))));
            }
            if (filter.need() != null) {
                predicates.add(cb.isTrue(cb.function("code_set_has", Boolean.class, root.get("circumstances").get("needs"),
                        cb.literal(filter.need().name()))));
            }
            if (filter.campaignReady()) {
                predicates.add(cb.equal(root.get("status"), FileStatus.APPROVED));
                predicates.add(cb.isNotNull(root.get("bankAccount").get("cardIndex")));
                predicates.add(cb.isNotNull(root.get("category").get("confirmedCategory")));
                predicates.add(cb.notEqual(root.get("category").get("confirmedCategory"), HardshipCategory.NOT_ELIGIBLE));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * One page of the list as its rows, selected as rows ({@link FileSummary}: id, name, masked ID, union, household
     * size, category, status, time), not as files: PostgreSQL sorts the matching files by the narrow row and counts
     * the household of the twenty it returns only, and nothing is loaded that the list does not show (a file's
     * sealed numbers, its household, its figures). The count for the pager is asked only when the page is full.
     */
    static Page<FileSummary> summaries(EntityManager entityManager, Specification<HardshipFile> specification,
            Pageable ordered, LongSupplier count) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<FileSummary> query = cb.createQuery(FileSummary.class);
        Root<HardshipFile> root = query.from(HardshipFile.class);
        query.where(specification.toPredicate(root, query, cb));
        Join<?, ?> union = root.getJoins().stream().filter(join -> "organisation".equals(join.getAttribute().getName()))
                .findFirst().orElseThrow();
        query.select(cb.construct(FileSummary.class, root.get("id"), root.get("workerName"),
                root.get("workerId").get("masked"), union.get("name"), cb.sum(cb.size(root.get("members")), 1),
                cb.coalesce(root.get("category").<HardshipCategory>get("confirmedCategory"),
                        root.get("assessment").<HardshipCategory>get("suggestedCategory")),
                root.get("status"), root.get("updatedAt")));
        query.orderBy(QueryUtils.toOrders(ordered.getSort(), root, cb));
        List<FileSummary> rows = entityManager.createQuery(query).setFirstResult((int) ordered.getOffset())
                .setMaxResults(ordered.getPageSize()).getResultList();
        return PageableExecutionUtils.getPage(rows, ordered, count::getAsLong);
    }
}
