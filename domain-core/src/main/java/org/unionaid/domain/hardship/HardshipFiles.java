package org.unionaid.domain.hardship;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unionaid.domain.scope.OrganisationPath;

/** Hardship files, as the domain needs them. Implemented in the persistence module. */
public interface HardshipFiles {

    long nextId();

    HardshipFile add(HardshipFile file);

    /** {@code count} fresh ids in one round trip, for an import. */
    List<Long> nextIds(int count);

    /**
     * Stores new files in batches and forgets them afterwards (an import of many rows must not keep
     * them all in the persistence context).
     */
    void addAll(List<HardshipFile> newFiles);

    /**
     * Which of these people an active file already holds: their blind index (hex) to the name of the
     * union whose file holds them.
     */
    Map<String, String> holders(Collection<byte[]> personIndexes);

    Optional<HardshipFile> findById(long id);

    /**
     * Claims the people of an active file, so that no other active file can hold them. Returns the
     * names of the unions whose active files already hold any of them (empty when every claim
     * succeeded; people the file itself already holds are no conflict). A concurrent claim of the same person waits for the other transaction and then
     * counts as held, so two clerks filing one person at once end with one file.
     */
    List<String> claim(long fileId, Collection<ProtectedId> people);

    /**
     * Claims every person (worker and members) of files just stored, in one statement. Returns how
     * many people were claimed: fewer than the files hold means another file held someone already.
     */
    int claimPeopleOf(Collection<Long> fileIds);

    /**
     * Gives up the file's claims of these people (its household as it was): before claiming a
     * revised household, or when the file closes.
     */
    void releaseClaims(long fileId, Collection<ProtectedId> people);

    /**
     * R-CARD-01 — claims a bank card (its blind index) for an active file, so that no other active file can hold it.
     * Returns the name of the union whose active file holds it already, empty when the claim succeeded or the
     * file holds it itself. A concurrent claim of the same card waits for the other transaction and then counts
     * as held, so two clerks filing one card at once end with one file.
     */
    Optional<String> claimCard(long fileId, byte[] cardIndex);

    /**
     * Claims the card of every file just stored that has one, in one statement. Returns how many cards were
     * claimed: fewer than the files have means another file held one already, or two of them share one.
     */
    int claimCardsOf(Collection<Long> fileIds);

    /** Gives up the file's claim of this card: its card before a revision changed it, or when the file closes. */
    void releaseCard(long fileId, byte[] cardIndex);

    /** Which of these cards an active file holds: blind index (hex) to the name of that file's union. */
    Map<String, String> cardHolders(Collection<byte[]> cardIndexes);

    /**
     * R-CARD-02 — of these files, those whose card is also on another active file, claimed or not (files written
     * before the claims existed may share one).
     */
    Set<Long> sharingTheirCard(Collection<Long> fileIds);

    /** What the payment rules read of these files, by id, in one statement; ids without a file are absent. */
    Map<Long, PayableHousehold> payable(Collection<Long> fileIds);

    /**
     * Every file {@link #search} would list for these filters, in the order of {@code sort}, handed
     * on page by page and forgotten after each page (an export of many files).
     */
    void forEachMatching(OrganisationPath scope, String namePrefix, byte[] personIndex, FileFilter filter,
            Sort sort, Consumer<HardshipFile> each);

    /**
     * Every file {@link #search} would list for the filter (no name or person), by ascending id, handed on
     * {@code pageSize} at a time and forgotten after each page: the files that matched when it started (a
     * page never shifts when rows are written meanwhile), each as it is when its page is read. The files are for reading: changes to them are not written. Pending
     * changes made before are written first.
     */
    void forEachPage(OrganisationPath scope, FileFilter filter, int pageSize, Consumer<List<HardshipFile>> each);

    /**
     * These files, {@code pageSize} at a time in one query per page, by id, forgotten after each page;
     * ids without a file are absent from the page's map. Read-only, as {@link #forEachPage}.
     */
    void forEachPageOf(List<Long> ids, int pageSize, Consumer<Map<Long, HardshipFile>> each);

    /** The properties the file list may be sorted by. */
    Set<String> SORTABLE = Set.of("workerName", "updatedAt", "createdAt", "status");

    /** Approved files of unions in {@code scope} last verified on or before {@code verifiedBy}, oldest first. */
    Page<HardshipFile> dueForReverification(OrganisationPath scope, LocalDate verifiedBy, Pageable pageable);

    /** How many files of unions in {@code scope} are in each status (statuses with none are absent). */
    Map<FileStatus, Long> countByStatus(OrganisationPath scope);

    /**
     * The file list: what a list shows of each file ({@link FileSummary}) of unions in {@code scope} whose
     * worker's name starts with {@code namePrefix}, whose worker or a member has the blind index
     * {@code personIndex}, in {@code status}, of {@code category} (decided, else suggested), with {@code cause}
     * and {@code need}, campaign-ready — each only if given; sorted by {@link #SORTABLE} properties of
     * {@code pageable}, else newest first. Read as rows, not as files.
     */
    Page<FileSummary> summaries(OrganisationPath scope, String namePrefix, byte[] personIndex, FileFilter filter,
            Pageable pageable);
}
