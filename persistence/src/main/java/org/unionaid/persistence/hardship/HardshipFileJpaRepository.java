package org.unionaid.persistence.hardship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.hardship.HardshipFile;

interface HardshipFileJpaRepository extends JpaRepository<HardshipFile, Long>, JpaSpecificationExecutor<HardshipFile> {

    @Query(value = "select nextval('hardship_file_seq')", nativeQuery = true)
    long nextId();

    /** (status, count) pairs of the files of unions in a path range; a JPQL query, so pending changes count. */
    @Query("""
            select f.status, count(f) from HardshipFile f
             where f.organisation.path >= :lower and f.organisation.path < :upper
             group by f.status
            """)
    List<Object[]> countByStatus(@Param("lower") String lower, @Param("upper") String upper);

    @Query(value = """
            select f from HardshipFile f join fetch f.organisation o
             where f.status = org.unionaid.domain.hardship.FileStatus.APPROVED and f.lastVerifiedOn <= :verifiedBy
               and o.path >= :lower and o.path < :upper
             order by f.lastVerifiedOn, f.id
            """, countQuery = """
            select count(f) from HardshipFile f join f.organisation o
             where f.status = org.unionaid.domain.hardship.FileStatus.APPROVED and f.lastVerifiedOn <= :verifiedBy
               and o.path >= :lower and o.path < :upper
            """)
    Page<HardshipFile> dueForReverification(@Param("verifiedBy") LocalDate verifiedBy, @Param("lower") String lower,
            @Param("upper") String upper, Pageable pageable);

    /** One file comes with its union and household: its page shows both. */
    @Override
    @EntityGraph(attributePaths = {"organisation", "members"},
            type = EntityGraph.EntityGraphType.LOAD)
    Optional<HardshipFile> findById(Long id);

    /**
     * Files by id with their union. Their households follow in one more statement for all of them when first
     * asked for (subselect fetching, {@code HardshipFileRepository.forEachPageOf}): a batch's lines are judged on
     * the household (students, members), fetched 50 files at a time a page of 100 lines cost more statements than
     * a page of 50, and fetched in this statement each file's row was read again for each of its members.
     */
    @Query("select f from HardshipFile f join fetch f.organisation where f.id in :ids")
    List<HardshipFile> findAllWithUnion(@Param("ids") List<Long> ids);

    /** Files come with their union: every list names it. */
    @Override
    @EntityGraph(attributePaths = "organisation", type = EntityGraph.EntityGraphType.LOAD)
    Page<HardshipFile> findAll(Specification<HardshipFile> specification, Pageable pageable);
}
