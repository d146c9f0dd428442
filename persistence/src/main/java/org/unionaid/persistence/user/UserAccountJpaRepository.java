package org.unionaid.persistence.user;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.user.UserAccount;

interface UserAccountJpaRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @Query("select u from UserAccount u join fetch u.organisation where u.loginName = :loginName")
    Optional<UserAccount> findByLoginName(@Param("loginName") String loginName);

    boolean existsByLoginName(String loginName);

    /** Users come with their organisation: every page that lists or shows one names its union. */
    @Override
    @EntityGraph(attributePaths = "organisation", type = EntityGraph.EntityGraphType.LOAD)
    Page<UserAccount> findAll(Specification<UserAccount> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "organisation", type = EntityGraph.EntityGraphType.LOAD)
    Optional<UserAccount> findById(Long id);

    @Query("""
            select count(u) from UserAccount u
             where u.organisation.path >= :lower and u.organisation.path < :upper
            """)
    long countInSubtree(@Param("lower") String lower, @Param("upper") String upper);
}
