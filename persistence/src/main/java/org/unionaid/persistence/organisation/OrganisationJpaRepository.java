package org.unionaid.persistence.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.organisation.Organisation;

interface OrganisationJpaRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    boolean existsByCode(String code);

    @Query(value = "select nextval('organisation_seq')", nativeQuery = true)
    long nextId();

    @Query("select o from Organisation o where o.path >= :lower and o.path < :upper order by o.path")
    List<Organisation> findSubtree(@Param("lower") String lower, @Param("upper") String upper);

    @Query("select count(o) from Organisation o where o.path >= :lower and o.path < :upper")
    long countSubtree(@Param("lower") String lower, @Param("upper") String upper);

    List<Organisation> findByParentIdOrderByPath(Long parentId);

    @Query("select o from Organisation o where o.id in :ids order by o.path")
    List<Organisation> findAllByIdOrderByPath(@Param("ids") List<Long> ids);

    /** Replaces the prefix {@code from} by {@code to} on every path of the subtree, in one statement. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update organisation
               set path = :to || substr(path, length(:from) + 1), version = version + 1
             where path >= :lower and path < :upper
            """, nativeQuery = true)
    int rewritePaths(@Param("from") String from, @Param("to") String to, @Param("lower") String lower,
            @Param("upper") String upper);
}
