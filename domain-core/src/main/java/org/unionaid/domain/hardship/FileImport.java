package org.unionaid.domain.hardship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.HandOff;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * Opening many files from a spreadsheet (批量建档). Every row is checked as the form checks one
 * file, and against the other rows and every active file; then all rows are committed in one
 * transaction, or none. A check writes nothing.
 */
@Service
public class FileImport {

    /** The largest spreadsheet accepted: 100,000 rows of files fit in well under this. */
    public static final int MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

    /** Files stored, claimed and recorded per round of batched statements. */
    private static final int BATCH = 500;

    /** The field a card's problems are reported on, as the form and the sheet name it. */
    private static final String CARD = "bankCardNumber";

    private final FileComposer composer;
    private final HardshipFiles files;
    private final Organisations organisations;
    private final FileHistory history;
    private final ImportUploads uploads;
    private final ImportUploadErasure erasure;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public FileImport(HardshipFiles files, Organisations organisations, FileHistory history, ImportUploads uploads,
            ImportUploadErasure erasure, PersonalDataProtector protector, Regions regions,
            MinimumLivingStandards standards, AuditLog auditLog, Clock clock) {
        this.uploads = uploads;
        this.erasure = erasure;
        this.protector = protector;
        this.composer = new FileComposer(protector, regions, standards);
        this.files = files;
        this.organisations = organisations;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded spreadsheet for checking and committing, sealed with the personal-data key (R-PRIV-02);
     * only a clerk may upload, and a file name hiding its type is refused (R-PRIV-05).
     */
    @Transactional
    public long upload(Actor actor, String filename, byte[] content) {
        actor.requireRole(Role.CLERK);
        if (content.length == 0) {
            throw DomainException.onField("sheet", "sheet.empty");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw DomainException.onField("sheet", "sheet.tooLarge");
        }
        String name = TextRules.fileName("sheet", filename, "upload.xlsx");
        return uploads.add(actor.userId(), name, protector.sealBytes(PersonalDataProtector.Purpose.IMPORT_UPLOAD,
                content), clock.instant());
    }

    /**
     * An upload of the actor's own, its content opened (or {@code null} once erased, R-PRIV-02); anyone else's
     * does not exist for them.
     */
    @Transactional(readOnly = true)
    public ImportUploads.Upload upload(Actor actor, long id) {
        actor.requireRole(Role.CLERK);
        ImportUploads.Upload upload = uploads.find(id).filter(own -> own.uploadedBy() == actor.userId())
                .orElseThrow(() -> new NotFoundException("import upload", id));
        return upload.withContent(upload.content() == null ? null
                : protector.openBytes(PersonalDataProtector.Purpose.IMPORT_UPLOAD, upload.content()));
    }

    /** The problems kept of a refused upload of the actor's own, whose spreadsheet is gone (R-PRIV-02). */
    @Transactional(readOnly = true)
    public List<ImportProblem> keptProblems(Actor actor, long id) {
        upload(actor, id);
        return uploads.keptProblems(id);
    }

    /** Checks every row of the upload; nothing is written. */
    @Transactional(readOnly = true)
    public ImportReport check(Actor actor, ImportSource source) {
        actor.requireRole(Role.CLERK);
        Check check = new Check(actor);
        source.forEachRow(check::row);
        return check.finish();
    }

    /**
     * Opens a draft file for every row in one transaction, or none: the rows are checked again as
     * they are stored (one pass), and the first row with a problem, a person named twice or a
     * person another file holds by now rolls everything back. Returns the number of files opened.
     */
    @Transactional
    public int commit(Actor actor, long uploadId, ImportSource source) {
        ImportUploads.Upload upload = upload(actor, uploadId);
        if (upload.committed()) {
            throw new DomainException("file.import.alreadyCommitted", upload.committedFiles());
        }
        if (upload.erased()) {
            throw new DomainException("file.import.erased");
        }
        Commit commit = new Commit(actor, upload.filename());
        commit.run(source);
        if (commit.opened == 0) {
            throw new DomainException("sheet.empty");
        }
        if (!uploads.markCommitted(uploadId, commit.opened, clock.instant())) {
            throw new DomainException("file.import.alreadyCommitted", commit.opened);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_IMPORT, "hardship_file", null,
                commit.opened + " files from " + upload.filename()));
        // R-PRIV-02: the spreadsheet has served; it goes with the commit, or stays if the commit rolls back.
        erasure.committed(actor, upload, commit.opened);
        return commit.opened;
    }

    /** The base unions of the actor's subtree a row may name, by name and by code. */
    private Map<String, Organisation> unionsByNameOrCode(Actor actor) {
        Map<String, Organisation> byCode = new HashMap<>();
        Map<String, Organisation> byName = new HashMap<>();
        Set<String> sharedNames = new HashSet<>();
        for (Organisation union : organisations.subtree(actor.organisationPath())) {
            if (union.getType() == OrganisationType.BASE) {
                byCode.put(union.getCode(), union);
                if (byName.putIfAbsent(union.getName(), union) != null) {
                    sharedNames.add(union.getName());
                }
            }
        }
        // Two unions of one name cannot be told apart by name: such a row must give the code.
        byName.keySet().removeAll(sharedNames);
        Map<String, Organisation> unions = new HashMap<>(byName);
        unions.putAll(byCode);
        return unions;
    }

    /** One row's file as it would be opened, not stored; refused with the first problem found. */
    private HardshipFile prepare(Actor actor, ImportRow row, Map<String, Organisation> unions,
            ReferenceLookups lookups, LocalDate today, long id) {
        Organisation union = row.union() == null ? null : unions.get(row.union().strip());
        if (union == null) {
            throw DomainException.onField("union", "file.import.unionUnknown", String.valueOf(row.union()));
        }
        actor.require(Role.CLERK, union.path());
        FileComposer.Household household = composer.household(row.entry(), today, null);
        HardshipFile file = new HardshipFile(id, union, household.worker(), household.members(), actor.userId());
        composer.record(file, row.entry(), household, today, null, lookups);
        return file;
    }

    /** The fields of a file's people, worker first, as the sheet names them. */
    private static Map<String, byte[]> peopleByField(HardshipFile file) {
        Map<String, byte[]> people = new LinkedHashMap<>();
        people.put("workerIdNumber", file.getWorkerId().blindIndex());
        List<HouseholdMember> members = file.getMembers();
        for (int i = 0; i < members.size(); i++) {
            people.put("members[" + i + "].idNumber", members.get(i).getIdNumber().blindIndex());
        }
        return people;
    }

    /** Checking: every row on its own, then people across rows and against the active files. */
    private final class Check {

        private final Actor actor;
        private final Map<String, Organisation> unions;
        private final ReferenceLookups lookups = composer.lookups();
        private final LocalDate today = LocalDate.now(clock);
        private final List<ImportProblem> problems = new ArrayList<>();
        /** Person (hex blind index) → where the upload first names them: row and field. */
        private final Map<String, Place> firstPlace = new HashMap<>();
        /** R-CARD-01: bank card (hex blind index) → the row that first names it. */
        private final Map<String, Integer> firstCardRow = new HashMap<>();
        private int rows;

        Check(Actor actor) {
            this.actor = actor;
            this.unions = unionsByNameOrCode(actor);
        }

        void row(ImportRow row) {
            rows++;
            if (!row.problems().isEmpty()) {
                problems.addAll(row.problems());
                return;
            }
            HardshipFile file;
            try {
                file = prepare(actor, row, unions, lookups, today, 0);
            } catch (DomainException refusal) {
                problems.add(new ImportProblem(row.rowNumber(), refusal.field(), refusal.messageKey(),
                        List.of(refusal.arguments())));
                return;
            }
            peopleByField(file).forEach((field, index) -> {
                Place earlier = firstPlace.putIfAbsent(HexFormat.of().formatHex(index), new Place(row.rowNumber(), field));
                if (earlier != null) {
                    problems.add(ImportProblem.of(row.rowNumber(), field, "file.import.personTwice", earlier.row()));
                }
            });
            byte[] card = CardClaims.cardOf(file);
            Integer earlierCard = card == null ? null : firstCardRow.putIfAbsent(HexFormat.of().formatHex(card),
                    row.rowNumber());
            if (earlierCard != null) {
                problems.add(ImportProblem.of(row.rowNumber(), CARD, "file.import.cardTwice", earlierCard));
            }
        }

        ImportReport finish() {
            Iterator<String> people = firstPlace.keySet().iterator();
            while (people.hasNext()) {
                List<byte[]> chunk = new ArrayList<>();
                while (people.hasNext() && chunk.size() < 1000) {
                    chunk.add(HexFormat.of().parseHex(people.next()));
                }
                files.holders(chunk).forEach((person, union) -> {
                    Place place = firstPlace.get(person);
                    problems.add(ImportProblem.of(place.row(), place.field(), "file.person.activeElsewhere", union));
                });
            }
            // R-CARD-01: the cards against the active files, a chunk at a time; only the other union is named.
            List<String> cards = new ArrayList<>(firstCardRow.keySet());
            for (int from = 0; from < cards.size(); from += 1000) {
                files.cardHolders(cards.subList(from, Math.min(cards.size(), from + 1000)).stream()
                        .map(HexFormat.of()::parseHex).toList())
                        .forEach((card, union) -> problems.add(ImportProblem.of(firstCardRow.get(card), CARD,
                                "file.bankCard.activeElsewhere", union)));
            }
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new ImportReport(rows, problems);
        }
    }

    private record Place(int row, String field) {
    }

    /**
     * Committing: rows are read, parsed and prepared on a second thread while this one — which
     * holds the transaction — stores, claims and records the previous batch. On two cores the
     * sheet is parsed while PostgreSQL works; the reader needs no transaction (sealing is
     * computation, reference data and ids are read on their own connections).
     */
    private final class Commit {

        private final Actor actor;
        private final String uploadName;
        private final Map<String, Organisation> unions;
        private final ReferenceLookups lookups = composer.lookups();
        private final LocalDate today = LocalDate.now(clock);
        /** The reader thread's batch being filled and its supply of ids. */
        private Batch reading = new Batch();
        private Iterator<Long> ids = List.<Long>of().iterator();
        /** Written by the writer (this) thread only. */
        private int opened;

        Commit(Actor actor, String uploadName) {
            this.actor = actor;
            this.uploadName = uploadName;
            this.unions = unionsByNameOrCode(actor);
        }

        /** The reader's first refusal reaches this thread, and a refusal here stops the reader. */
        void run(ImportSource source) {
            HandOff.threadProduces("file-import-reader", 2, writer -> read(source, writer), this::write);
        }

        /** The reader's side: batches of prepared files. */
        private void read(ImportSource source, Consumer<Batch> writer) {
            source.forEachRow(row -> readRow(row, writer));
            if (!reading.files.isEmpty()) {
                writer.accept(reading);
            }
        }

        /** Reader thread only. */
        private void readRow(ImportRow row, Consumer<Batch> writer) {
            if (!ids.hasNext()) {
                ids = files.nextIds(BATCH).iterator();
            }
            reading.add(prepared(row, ids.next()), row.rowNumber());
            if (reading.files.size() == BATCH) {
                writer.accept(reading);
                reading = new Batch();
            }
        }

        private HardshipFile prepared(ImportRow row, long id) {
            if (!row.problems().isEmpty()) {
                throw new DomainException("file.import.notClean", row.rowNumber());
            }
            try {
                return prepare(actor, row, unions, lookups, today, id);
            } catch (DomainException refusal) {
                throw new DomainException("file.import.notClean", row.rowNumber());
            }
        }

        /** The writer's side: one batch stored, its people claimed, its history recorded. */
        private void write(Batch batch) {
            Set<String> people = new HashSet<>();
            int cards = 0;
            List<FileHistory.Entry> entries = new ArrayList<>();
            Instant now = clock.instant();
            for (int i = 0; i < batch.files.size(); i++) {
                HardshipFile file = batch.files.get(i);
                int row = batch.rows.get(i);
                peopleByField(file).values().forEach(index -> {
                    if (!people.add(HexFormat.of().formatHex(index))) {
                        throw new DomainException("file.import.notClean", row);
                    }
                });
                cards += CardClaims.cardOf(file) == null ? 0 : 1;
                // The upload and its row are where the file came from; its fields as imported are the
                // "before" of its first revision, so the entry needs no field rows of its own.
                entries.add(new FileHistory.Entry(file.getId(), now, actor.userId(), actor.loginName(),
                        FileEvent.IMPORTED, List.of(), uploadName + " #" + row));
            }
            files.addAll(batch.files);
            if (files.claimPeopleOf(batch.files.stream().map(HardshipFile::getId).toList()) < people.size()) {
                // Someone filed one of these people since the check, or the sheet names one twice
                // across batches: the whole import rolls back.
                throw new DomainException("file.import.changedSinceCheck");
            }
            if (files.claimCardsOf(batch.files.stream().map(HardshipFile::getId).toList()) < cards) {
                // R-CARD-01: a card filed elsewhere since the check, or named twice in the sheet.
                throw new DomainException("file.import.cardTakenSinceCheck");
            }
            history.recordAll(entries);
            opened += batch.files.size();
        }
    }

    /** Files prepared from consecutive rows, with the rows they came from. */
    private static final class Batch {

        private final List<HardshipFile> files = new ArrayList<>(BATCH);
        private final List<Integer> rows = new ArrayList<>(BATCH);

        void add(HardshipFile file, int row) {
            files.add(file);
            rows.add(row);
        }
    }
}
