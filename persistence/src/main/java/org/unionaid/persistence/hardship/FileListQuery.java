package org.unionaid.persistence.hardship;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.persistence.shared.LikePatterns;

/** The file list's filter as a JPA specification, for what hands on every matching file (the export). */
final class FileListQuery {

    private FileListQuery() {
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
}
