package org.unionaid.persistence.hardship;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.unionaid.domain.hardship.HardshipFile;

interface HardshipFileJpaRepository extends JpaRepository<HardshipFile, Long> {

    @Query(value = "select nextval('hardship_file_seq')", nativeQuery = true)
    long nextId();
}
