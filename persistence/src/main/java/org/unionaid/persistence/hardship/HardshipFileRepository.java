package org.unionaid.persistence.hardship;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.ProtectedId;

/**
 * Hardship files in PostgreSQL. The one-active-file-per-person rule is the primary key of
 * {@code active_person_claim}; claims are inserted with ON CONFLICT DO NOTHING, which waits for a
 * concurrent claim of the same person to commit or roll back, so the loser sees the winner's union.
 */
@Repository
class HardshipFileRepository implements HardshipFiles {

    private final HardshipFileJpaRepository jpa;
    private final JdbcClient jdbc;

    HardshipFileRepository(HardshipFileJpaRepository jpa, JdbcClient jdbc) {
        this.jpa = jpa;
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public HardshipFile add(HardshipFile file) {
        // Flushed at once: the claims below reference the row.
        return jpa.saveAndFlush(file);
    }

    @Override
    public Optional<HardshipFile> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public List<String> claim(long fileId, Collection<ProtectedId> people) {
        Set<String> holders = new LinkedHashSet<>();
        for (ProtectedId person : people) {
            int claimed = jdbc.sql("insert into active_person_claim (id_index, file_id) values (:index, :file) "
                    + "on conflict (id_index) do nothing")
                    .param("index", person.blindIndex())
                    .param("file", fileId)
                    .update();
            if (claimed == 0) {
                holders.addAll(jdbc.sql("""
                        select o.name from active_person_claim c
                          join hardship_file f on f.id = c.file_id
                          join organisation o on o.id = f.organisation_id
                         where c.id_index = :index
                        """).param("index", person.blindIndex()).query(String.class).list());
            }
        }
        return List.copyOf(holders);
    }
}
