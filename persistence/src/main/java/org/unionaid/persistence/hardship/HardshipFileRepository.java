package org.unionaid.persistence.hardship;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.hardship.ProtectedId;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Hardship files in PostgreSQL. The one-active-file-per-person rule is the primary key of
 * {@code active_person_claim}, one active file per bank card that of {@code active_card_claim}; claims
 * are inserted with ON CONFLICT DO NOTHING, which waits for a concurrent claim of the same person or card
 * to commit or roll back, so the loser sees the winner's union.
 */
@Repository
class HardshipFileRepository implements HardshipFiles {

    /** Files loaded at a time when all of a filter's files are handed on. */
    private static final int EXPORT_PAGE = 500;

    private final HardshipFileJpaRepository jpa;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final FileCopyWriter copyWriter;

    HardshipFileRepository(HardshipFileJpaRepository jpa, JdbcClient jdbc, EntityManager entityManager,
            FileCopyWriter copyWriter) {
        this.jpa = jpa;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.copyWriter = copyWriter;
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
    public List<Long> nextIds(int count) {
        return jdbc.sql("select nextval('hardship_file_seq') from generate_series(1, :count)")
                .param("count", count).query(Long.class).list();
    }

    @Override
    public void addAll(List<HardshipFile> newFiles) {
        // Anything pending goes first: the COPY below bypasses the persistence context.
        entityManager.flush();
        copyWriter.write(newFiles);
    }

    @Override
    public Map<String, String> holders(Collection<byte[]> personIndexes) {
        Map<String, String> holders = new HashMap<>();
        if (personIndexes.isEmpty()) {
            return holders;
        }
        jdbc.sql("""
                select c.id_index, o.name from active_person_claim c
                  join hardship_file f on f.id = c.file_id
                  join organisation o on o.id = f.organisation_id
                 where c.id_index = any (:indexes)
                """).param("indexes", personIndexes.toArray(byte[][]::new))
                .query(rs -> {
                    holders.put(HexFormat.of().formatHex(rs.getBytes(1)), rs.getString(2));
                });
        return holders;
    }

    @Override
    public int claimPeopleOf(Collection<Long> fileIds) {
        // The people are read from the rows just written, not sent again.
        return jdbc.sql("""
                insert into active_person_claim (id_index, file_id)
                select worker_id_index, id from hardship_file where id = any (:files)
                union all
                select id_index, file_id from household_member where file_id = any (:files)
                on conflict (id_index) do nothing
                """).param("files", fileIds.toArray(Long[]::new)).update();
    }

    @Override
    public Optional<HardshipFile> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public Page<FileSummary> summaries(OrganisationPath scope, String namePrefix, byte[] personIndex,
            FileFilter filter, Pageable pageable) {
        Pageable ordered = FileListRows.ordered(pageable);
        // A person is looked up first, on the two blind-index indexes: an OR of the worker's index
        // and a member subquery inside the list query would scan every file.
        List<Long> holders = personIndex == null ? null : filesHolding(personIndex);
        if (holders != null && holders.isEmpty()) {
            return Page.empty(ordered);
        }
        // Plain SQL sees only what is flushed: files this transaction added or changed count too.
        entityManager.flush();
        return new FileListRows(scope, namePrefix, holders, filter).page(jdbc, ordered);
    }

    @Override
    public void forEachPage(OrganisationPath scope, FileFilter filter, int pageSize,
            Consumer<List<HardshipFile>> each) {
        // The matching ids first, in one pass, then the files a page at a time by primary key. Pages of the
        // filter itself (id > last, order by id, limit) made PostgreSQL read and sort every matching file of
        // the union for each page: a hundred passes over 100,000 files for one batch.
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<HardshipFile> root = query.from(HardshipFile.class);
        query.select(root.get("id"))
                .where(FileListQuery.specification(scope, null, null, filter).toPredicate(root, query, cb))
                .orderBy(cb.asc(root.get("id")));
        List<Long> ids = entityManager.createQuery(query).getResultList();
        forEachPageOf(ids, pageSize, page -> {
            if (!page.isEmpty()) {
                each.accept(page.values().stream().sorted(Comparator.comparingLong(HardshipFile::getId)).toList());
            }
        });
    }

    @Override
    public void forEachPageOf(List<Long> ids, int pageSize, Consumer<Map<Long, HardshipFile>> each) {
        readOnly(() -> {
            for (int from = 0; from < ids.size(); from += pageSize) {
                Map<Long, HardshipFile> page = new HashMap<>();
                jpa.findAllWithUnion(ids.subList(from, Math.min(ids.size(), from + pageSize)))
                        .forEach(file -> page.put(file.getId(), file));
                each.accept(page);
                entityManager.clear();
            }
        });
    }

    /**
     * Pages of files loaded read-only: Hibernate neither snapshots nor dirty-checks them, which, at a flush
     * before each page's query, was half the time of filling a batch of 100,000 lines. The caller's pending
     * changes are written first, since each page is forgotten (cleared) once handed on. A page's households are
     * fetched together, by one subselect, when the first is asked for.
     */
    private void readOnly(Runnable pages) {
        entityManager.flush();
        Session session = entityManager.unwrap(Session.class);
        boolean before = session.isDefaultReadOnly();
        boolean subselects = session.isSubselectFetchingEnabled();
        session.setDefaultReadOnly(true);
        session.setSubselectFetchingEnabled(true);
        try {
            pages.run();
        } finally {
            session.setDefaultReadOnly(before);
            session.setSubselectFetchingEnabled(subselects);
        }
    }

    @Override
    public void forEachMatching(OrganisationPath scope, String namePrefix, byte[] personIndex, FileFilter filter,
            Sort sort, Consumer<HardshipFile> each) {
        Page<HardshipFile> page;
        int number = 0;
        do {
            page = matching(scope, namePrefix, personIndex, filter, PageRequest.of(number++, EXPORT_PAGE, sort));
            page.forEach(each);
            entityManager.clear();
        } while (page.hasNext());
    }

    /** A page of the files the list's filters match, in the list's order, as files (the export needs them). */
    private Page<HardshipFile> matching(OrganisationPath scope, String namePrefix, byte[] personIndex,
            FileFilter filter, Pageable pageable) {
        Pageable ordered = FileListRows.ordered(pageable);
        List<Long> holders = personIndex == null ? null : filesHolding(personIndex);
        if (holders != null && holders.isEmpty()) {
            return Page.empty(ordered);
        }
        return jpa.findAll(FileListQuery.specification(scope, namePrefix, holders, filter), ordered);
    }

    private List<Long> filesHolding(byte[] personIndex) {
        return jdbc.sql("""
                select id from hardship_file where worker_id_index = :person
                union
                select file_id from household_member where id_index = :person
                """).param("person", personIndex).query(Long.class).list();
    }

    @Override
    public Page<HardshipFile> dueForReverification(OrganisationPath scope, LocalDate verifiedBy, Pageable pageable) {
        return jpa.dueForReverification(verifiedBy, scope.lowerBound(), scope.upperBound(), pageable);
    }

    @Override
    public Map<FileStatus, Long> countByStatus(OrganisationPath scope) {
        Map<FileStatus, Long> counts = new EnumMap<>(FileStatus.class);
        jpa.countByStatus(scope.lowerBound(), scope.upperBound())
                .forEach(row -> counts.put((FileStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void releaseClaims(long fileId, Collection<ProtectedId> people) {
        // By person, on the primary key: claims need no index on file_id (every import adds one per person).
        jdbc.sql("delete from active_person_claim where id_index = any (:people) and file_id = :file")
                .param("people", people.stream().map(ProtectedId::blindIndex).toArray(byte[][]::new))
                .param("file", fileId).update();
    }

    @Override
    public Optional<String> claimCard(long fileId, byte[] cardIndex) {
        // As for people: a concurrent claim of the card makes this insert wait for that transaction, then skip.
        int claimed = jdbc.sql("insert into active_card_claim (card_index, file_id) values (:card, :file) "
                + "on conflict (card_index) do nothing")
                .param("card", cardIndex).param("file", fileId).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select o.name from active_card_claim c
                  join hardship_file f on f.id = c.file_id
                  join organisation o on o.id = f.organisation_id
                 where c.card_index = :card and c.file_id <> :file
                """).param("card", cardIndex).param("file", fileId).query(String.class).optional();
    }

    @Override
    public int claimCardsOf(Collection<Long> fileIds) {
        return jdbc.sql("""
                insert into active_card_claim (card_index, file_id)
                select bank_card_index, id from hardship_file where id = any (:files) and bank_card_index is not null
                on conflict (card_index) do nothing
                """).param("files", fileIds.toArray(Long[]::new)).update();
    }

    @Override
    public void releaseCard(long fileId, byte[] cardIndex) {
        jdbc.sql("delete from active_card_claim where card_index = :card and file_id = :file")
                .param("card", cardIndex).param("file", fileId).update();
    }

    @Override
    public Map<String, String> cardHolders(Collection<byte[]> cardIndexes) {
        Map<String, String> holders = new HashMap<>();
        if (cardIndexes.isEmpty()) {
            return holders;
        }
        jdbc.sql("""
                select c.card_index, o.name from active_card_claim c
                  join hardship_file f on f.id = c.file_id
                  join organisation o on o.id = f.organisation_id
                 where c.card_index = any (:cards)
                """).param("cards", cardIndexes.toArray(byte[][]::new))
                .query(rs -> {
                    holders.put(HexFormat.of().formatHex(rs.getBytes(1)), rs.getString(2));
                });
        return holders;
    }

    @Override
    public Set<Long> sharingTheirCard(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Set.of();
        }
        // The files themselves, not the claims: files written before V39 may share a card that only one claims.
        return new HashSet<>(jdbc.sql("""
                select f.id from hardship_file f
                 where f.id = any (:files) and f.bank_card_index is not null
                   and exists (select 1 from hardship_file other
                                where other.bank_card_index = f.bank_card_index and other.id <> f.id
                                  and other.status not in ('EXITED', 'CANCELLED'))
                """).param("files", fileIds.toArray(Long[]::new)).query(Long.class).list());
    }

    @Override
    public Map<Long, PayableHousehold> payable(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        entityManager.flush(); // a file changed earlier in the transaction is judged as it is now
        // As PayableHousehold.of reads the entity: the level counts only with the hardship described (its main
        // cause), the category is the reviewer's else the suggested one, the household is the worker and members.
        Map<Long, PayableHousehold> households = new HashMap<>();
        jdbc.sql("""
                select f.id, f.status, f.worker_name, f.worker_id_masked, cardinality(f.exclusions) > 0 as excluded,
                       f.approved_on, f.last_verified_on, f.confirmed_level,
                       case when f.main_cause is not null then f.level end as described_level,
                       coalesce(f.confirmed_category, f.suggested_category) as category,
                       f.bank, f.bank_card_masked, f.bank_holder, o.region_code,
                       (select count(*) from household_member m where m.file_id = f.id) as members,
                       (select count(*) from household_member m where m.file_id = f.id and m.school is not null)
                           as students
                  from hardship_file f join organisation o on o.id = f.organisation_id
                 where f.id = any (:files)
                """).param("files", fileIds.toArray(Long[]::new)).query((row, n) -> new PayableHousehold(
                        row.getLong("id"), FileStatus.valueOf(row.getString("status")), row.getString("worker_name"),
                        row.getString("worker_id_masked"), row.getBoolean("excluded"),
                        row.getObject("approved_on", LocalDate.class), row.getObject("last_verified_on", LocalDate.class),
                        code(FileLevel.class, row.getString("confirmed_level")),
                        code(FileLevel.class, row.getString("described_level")),
                        code(HardshipCategory.class, row.getString("category")),
                        row.getString("bank") == null ? null : new PayableHousehold.Card(
                                Bank.valueOf(row.getString("bank")), row.getString("bank_card_masked"),
                                row.getString("bank_holder")),
                        1 + row.getInt("members"), row.getInt("students"), new RegionCode(row.getString("region_code"))))
                .list().forEach(household -> households.put(household.fileId(), household));
        return households;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
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
                         where c.id_index = :index and c.file_id <> :file
                        """).param("index", person.blindIndex()).param("file", fileId).query(String.class).list());
            }
        }
        return List.copyOf(holders);
    }
}
