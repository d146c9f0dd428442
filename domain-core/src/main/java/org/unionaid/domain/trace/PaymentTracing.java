package org.unionaid.domain.trace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.bankfile.ReturnFileParser;
import org.unionaid.domain.bankfile.ReturnLine;
import org.unionaid.domain.hardship.FieldChange;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Every payment traceable (每笔发放可追溯, seed 000: 任何一项环节都要做到登记在册备查): one line's whole chain, a bank
 * return with the lines it settled, and a household's lines. Auditors, finance, approvers and administrators of
 * the paying union's subtree read them; nothing here changes anything, and nothing shows a full ID or card number
 * (R-AUDIT-08): the file's fields are those of its history, masked.
 */
@Service
@Transactional(readOnly = true)
public class PaymentTracing {

    private static final Role[] READERS = {Role.AUDITOR, Role.FINANCE, Role.APPROVER, Role.ADMIN};

    private final TraceReadings readings;
    private final HardshipFiles files;
    private final FileHistory history;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public PaymentTracing(TraceReadings readings, HardshipFiles files, FileHistory history,
            PersonalDataProtector protector, Clock clock) {
        this.readings = readings;
        this.files = files;
        this.history = history;
        this.protector = protector;
        this.clock = clock;
    }

    public PaymentTrace trace(Actor actor, long lineId) {
        actor.requireAnyRole(READERS);
        TraceLine line = readings.line(lineId).orElseThrow(() -> new NotFoundException("disbursement line", lineId));
        actor.requireReach(new OrganisationPath(line.payingUnionPath()));
        List<FundingRow> funding = readings.funding(line.payingUnionId(), line.campaignId(), line.source(),
                line.purpose());
        Money funded = funding.stream().map(FundingRow::amount).reduce(Money.ZERO, Money::plus);
        ReturnRow bankReturn = line.settledByReturn() == null ? null
                : readings.bankReturn(line.settledByReturn()).orElse(null);
        Integer returnLine = bankReturn == null ? null
                : returnLineNumbers(bankReturn.id()).get(line.reference());
        List<DocumentRef> documents = new ArrayList<>(List.of(new DocumentRef("disbursement_batch", line.batchId()),
                new DocumentRef("disbursement_line", lineId)));
        if (bankReturn != null) {
            documents.add(new DocumentRef("bank_return", bankReturn.id()));
        }
        Instant settledAt = readings.settledAt(lineId).orElse(null);
        Instant asOf = settledAt != null ? settledAt : Instant.now(clock);
        return new PaymentTrace(line, funding, funded, readings.bankFiles(line.batchId(), lineId), bankReturn,
                returnLine, readings.handover(lineId).orElse(null), readings.postings(documents),
                line.named() ? List.of() : readings.householdLines(line.fileId(), line.campaignId()), settledAt, asOf,
                line.named() ? Map.of() : fileAsOf(line.fileId(), asOf));
    }

    /** A return file and every line it settled, with the line of the file that settled each. */
    public ReturnTrace bankReturn(Actor actor, long returnId) {
        actor.requireAnyRole(READERS);
        ReturnRow row = readings.bankReturn(returnId).orElseThrow(() -> new NotFoundException("bank return", returnId));
        actor.requireReach(new OrganisationPath(row.payingUnionPath()));
        Map<String, Integer> numbers = returnLineNumbers(returnId);
        List<SettledLine> lines = readings.settledBy(returnId).stream()
                .map(settled -> settled.withReturnLine(numbers.get(settled.reference()))).toList();
        return new ReturnTrace(row, lines, readings.postings(List.of(new DocumentRef("bank_return", returnId))));
    }

    /** A household's payment lines, from its file, for whoever reaches the file. */
    public List<HouseholdLine> linesOfFile(Actor actor, long fileId) {
        actor.requireAnyRole(READERS);
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return readings.householdLines(fileId, null);
    }

    /** The file's fields as they stood at {@code asOf}: today's, with every later change of its history undone. */
    private Map<String, String> fileAsOf(long fileId, Instant asOf) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        Map<String, String> fields = new LinkedHashMap<>(FileSnapshot.of(file));
        for (FileHistory.Entry entry : history.of(fileId)) { // newest first
            if (!entry.occurredAt().isAfter(asOf)) {
                break;
            }
            for (FieldChange change : entry.changes()) {
                if (change.before() == null) {
                    fields.remove(change.field());
                } else {
                    fields.put(change.field(), change.before());
                }
            }
        }
        return fields;
    }

    /** Reference → line of the stored return file (it is sealed: it may hold full card numbers, never shown). */
    private Map<String, Integer> returnLineNumbers(long returnId) {
        byte[] content = protector.openBytes(PersonalDataProtector.Purpose.BANK_FILE, readings.sealedReturn(returnId));
        Map<String, Integer> numbers = new HashMap<>();
        for (ReturnLine line : ReturnFileParser.parse(content).lines()) {
            numbers.putIfAbsent(line.reference(), line.lineNumber());
        }
        return numbers;
    }
}
