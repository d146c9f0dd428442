package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.Campaigns;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.reporting.table.CellKind;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.MeasureFacts;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Statistics tables reported upward (DOMAIN §8). A union's table for a campaign is its own figures
 * (measures over its own records, plus its manual cells) and the latest accepted snapshot of each
 * direct child. Submitting freezes a version with the SHA-256 of its canonical snapshot; the parent
 * union's approver accepts it or returns it with a comment. A union sees its own and its
 * descendants' tables, never a sibling's.
 */
@Service
@Transactional
public class StatisticsReports {

    private final TableDefinitions definitions;
    private final Measures measures;
    private final ReportStore store;
    private final Campaigns campaigns;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public StatisticsReports(TableDefinitions definitions, Measures measures, ReportStore store, Campaigns campaigns,
            Organisations organisations, AuditLog auditLog, Clock clock) {
        this.definitions = definitions;
        this.measures = measures;
        this.store = store;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<TableDefinition> definitions() {
        return definitions.all();
    }

    /**
     * A campaign the actor's union reports in: refused as outside the subtree when the actor cannot see it at all,
     * and as a rule when its union only oversees it (a union above the organiser has no table of its own there).
     */
    @Transactional(readOnly = true)
    public Campaign reportableCampaign(Actor actor, long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign",
                campaignId));
        Organisation organiser = organisations.findById(campaign.organisationId()).orElseThrow();
        if (organiser.path().contains(actor.organisationPath())) {
            return campaign;
        }
        if (actor.reaches(organiser.path())) {
            throw new DomainException("report.summary.notTakingPart", campaign.name());
        }
        throw new OutsideScopeException("campaign " + campaignId);
    }

    /**
     * The campaigns the actor's union reports on: those organised by the union itself or above it,
     * newest first (a campaign organised below it is reported to it, not by it).
     */
    @Transactional(readOnly = true)
    public List<Campaign> reportableCampaigns(Actor actor) {
        return campaigns.visibleFrom(actor.organisationPath()).stream()
                .filter(c -> organisations.findById(c.organisationId()).orElseThrow().path()
                        .contains(actor.organisationPath()))
                .sorted(java.util.Comparator.comparing(Campaign::startsOn).reversed()).toList();
    }

    /** A union's table: live while open, the latest snapshot once submitted, checked cell by cell. */
    @Transactional(readOnly = true)
    public ReportTable view(Actor actor, long campaignId, String definitionCode, long unionId) {
        Context context = context(campaignId, definitionCode, unionId);
        actor.requireReach(context.union.path());
        var row = store.find(campaignId, definitionCode, unionId, false);
        ReportStatus status = row.map(ReportStore.Row::status).orElse(ReportStatus.DRAFT);
        List<ReportVersion> versions = row.map(r -> store.versions(r.id())).orElse(List.of());
        Map<String, BigDecimal> children = store.acceptedChildrenTotals(campaignId, definitionCode, unionId);
        Map<String, ReportCell> cells;
        List<String> inconsistent = new ArrayList<>();
        if (status.open() || versions.isEmpty()) {
            cells = live(context, row.map(r -> store.manualCells(r.id())).orElse(Map.of()), children);
        } else {
            cells = normalised(context, store.versionCells(versions.get(0).id()));
            for (ReportCell cell : cells.values()) {
                if (cell.children().compareTo(children.getOrDefault(cell.key(), BigDecimal.ZERO)) != 0) {
                    inconsistent.add(cell.key());
                }
            }
        }
        for (ReportCell cell : cells.values()) {
            if (!cell.consistent() && !inconsistent.contains(cell.key())) {
                inconsistent.add(cell.key());
            }
        }
        boolean late = versions.stream().anyMatch(ReportVersion::late)
                || (status.open() && LocalDate.now(clock).isAfter(context.campaign.reportingDeadline()));
        return new ReportTable(context.campaign, context.definition, context.union, status, late, cells,
                status.open() || versions.isEmpty(), versions, inconsistent,
                store.reminders(campaignId, definitionCode, unionId));
    }

    /** One submitted version exactly as it was frozen, to read or download as submitted. */
    @Transactional(readOnly = true)
    public ReportTable version(Actor actor, long campaignId, String definitionCode, long unionId, int number) {
        Context context = context(campaignId, definitionCode, unionId);
        actor.requireReach(context.union.path());
        ReportStore.Row row = store.find(campaignId, definitionCode, unionId, false)
                .orElseThrow(() -> new NotFoundException("report version", number));
        List<ReportVersion> versions = store.versions(row.id());
        ReportVersion version = versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("report version", number));
        Map<String, ReportCell> cells = normalised(context, store.versionCells(version.id()));
        List<String> inconsistent = cells.values().stream().filter(c -> !c.consistent()).map(ReportCell::key).toList();
        return new ReportTable(context.campaign, context.definition, context.union, row.status(), version.late(), cells,
                false, versions, inconsistent, store.reminders(campaignId, definitionCode, unionId));
    }

    /**
     * The latest submitted figures of each direct child of the actor's union (whatever the parent's
     * decision), for the reviewer's summary and its charts; a child that never submitted is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, BigDecimal>> childFigures(Actor actor, long campaignId, String definitionCode) {
        context(campaignId, definitionCode, actor.organisationId());
        return store.latestChildCells(campaignId, definitionCode, actor.organisationId());
    }

    /** A figure no record can give, entered by the union itself with a note, while its table is open. */
    public void enterManual(Actor actor, long campaignId, String definitionCode, String cellKey, String value,
            String note) {
        Context context = context(campaignId, definitionCode, actor.organisationId());
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        TableDefinition.Cell cell = context.definition.cells().get(cellKey);
        if (cell == null || !cell.manual()) {
            throw DomainException.onField("cell", "report.cell.notManual");
        }
        BigDecimal amount = parse(value, cell.kind());
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw DomainException.onField("note", "report.manual.noteRequired");
        }
        ReportStore.Row row = store.findOrCreate(campaignId, definitionCode, actor.organisationId(), clock.instant());
        if (!row.status().open()) {
            throw new DomainException("report.notOpen");
        }
        store.saveManual(row.id(), cellKey, amount, note.strip(), actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_MANUAL_ENTER, "report_table", row.id(),
                cellKey + " = " + amount.toPlainString()));
    }

    /** Freezes the union's table as a new version for its parent; later data changes leave it as it is. */
    public ReportVersion submit(Actor actor, long campaignId, String definitionCode) {
        Context context = context(campaignId, definitionCode, actor.organisationId());
        // The form's preparer (填表人, a clerk) sends it as well as the chair: base unions often have one person.
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        ReportStore.Row row = store.findOrCreate(campaignId, definitionCode, actor.organisationId(), clock.instant());
        if (!row.status().open()) {
            throw new DomainException("report.notOpen");
        }
        Map<String, ReportCell> cells = live(context, store.manualCells(row.id()),
                store.acceptedChildrenTotals(campaignId, definitionCode, actor.organisationId()));
        Instant now = clock.instant();
        boolean late = LocalDate.now(clock).isAfter(context.campaign.reportingDeadline());
        store.addVersion(row.id(), sha256(cells), actor.userId(), now, late, cells);
        store.setStatus(row.id(), ReportStatus.SUBMITTED);
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_SUBMIT, "report_table", row.id(),
                definitionCode + (late ? " late" : "")));
        return store.versions(row.id()).get(0);
    }

    /** The parent union's approver accepts a child's submitted table: from now on it counts upward. */
    public void accept(Actor actor, long campaignId, String definitionCode, long childId) {
        decide(actor, campaignId, definitionCode, childId, ReportStatus.ACCEPTED, null);
    }

    /** Sends a child's table back with a comment: its figures leave the parent's until accepted again. */
    public void returnTable(Actor actor, long campaignId, String definitionCode, long childId, String comment) {
        decide(actor, campaignId, definitionCode, childId, ReportStatus.RETURNED, comment);
    }

    /** R-SEC-01: who may decide is asked before what they typed is judged. */
    private void decide(Actor actor, long campaignId, String definitionCode, long childId, ReportStatus decision,
            String typed) {
        Context context = context(campaignId, definitionCode, childId);
        requireParent(actor, context.union);
        actor.requireAnyRole(Role.APPROVER, Role.ADMIN);
        String comment = typed;
        if (decision == ReportStatus.RETURNED) {
            if (typed == null || typed.isBlank() || typed.strip().length() > 1000) {
                throw DomainException.onField("comment", "report.return.commentRequired");
            }
            comment = typed.strip();
        }
        ReportStore.Row row = store.find(campaignId, definitionCode, childId, true)
                .filter(r -> r.status() == ReportStatus.SUBMITTED)
                .orElseThrow(() -> new DomainException("report.notSubmitted"));
        ReportVersion latest = store.versions(row.id()).get(0);
        store.decide(latest.id(), decision, comment, actor.userId(), clock.instant());
        store.setStatus(row.id(), decision);
        auditLog.record(AuditEntry.success(actor, decision == ReportStatus.ACCEPTED ? AuditAction.REPORT_ACCEPT
                : AuditAction.REPORT_RETURN, "report_table", row.id(), "v" + latest.number()));
    }

    /** 催报: the parent reminds a child that has not yet had its table accepted. */
    public void remind(Actor actor, long campaignId, String definitionCode, long childId, String message) {
        Context context = context(campaignId, definitionCode, childId);
        requireParent(actor, context.union);
        actor.requireAnyRole(Role.APPROVER, Role.ADMIN, Role.CLERK);
        var row = store.find(campaignId, definitionCode, childId, false);
        if (row.isPresent() && row.get().status() == ReportStatus.ACCEPTED) {
            throw new DomainException("report.remind.accepted");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > 500) {
            throw DomainException.onField("message", "report.remind.tooLong");
        }
        store.remind(campaignId, definitionCode, childId, actor.userId(), clock.instant(), text);
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_REMIND, "organisation", childId, definitionCode));
    }

    /** How many direct children's tables wait for the actor's union to accept or return them. */
    @Transactional(readOnly = true)
    public long awaitingDecision(Actor actor) {
        return store.awaitingDecision(actor.organisationId());
    }

    /** The direct children of the actor's union and where their tables stand, lateness by the deadline. */
    @Transactional(readOnly = true)
    public List<ChildReport> board(Actor actor, long campaignId, String definitionCode) {
        Context context = context(campaignId, definitionCode, actor.organisationId());
        boolean pastDeadline = LocalDate.now(clock).isAfter(context.campaign.reportingDeadline());
        return store.children(campaignId, definitionCode, actor.organisationId()).stream().map(child -> {
            BoardStatus status = switch (child.status() == null ? ReportStatus.DRAFT : child.status()) {
                case ACCEPTED -> BoardStatus.ACCEPTED;
                case SUBMITTED -> BoardStatus.SUBMITTED;
                case RETURNED -> BoardStatus.RETURNED;
                case DRAFT -> pastDeadline ? BoardStatus.LATE
                        : child.status() == null ? BoardStatus.NOT_STARTED : BoardStatus.DRAFT;
            };
            boolean late = child.everSubmittedLate() || (pastDeadline && status != BoardStatus.ACCEPTED
                    && status != BoardStatus.SUBMITTED);
            return new ChildReport(child.unionId(), child.name(), status, late, child.lastSubmittedAt(),
                    child.reminders());
        }).toList();
    }

    /**
     * The canonical snapshot: one line per cell in key order, each value without trailing zeros, so
     * that the figures read back from numeric columns hash as they did when submitted.
     */
    static String canonical(Map<String, ReportCell> cells) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(cells).values().forEach(c -> text.append(c.key()).append('=').append(plain(c.total()))
                .append(';').append(plain(c.own())).append(';').append(plain(c.children()))
                .append(';').append(c.manual() ? 'M' : 'C').append(';').append(c.note() == null ? "" : c.note())
                .append('\n'));
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Snapshot cells at their kind's scale (the columns keep two decimals for every kind). */
    private static Map<String, ReportCell> normalised(Context context, Map<String, ReportCell> stored) {
        Map<String, ReportCell> cells = new LinkedHashMap<>();
        context.definition.cells().values().forEach(cell -> {
            ReportCell value = stored.get(cell.key());
            if (value != null) {
                CellKind kind = cell.kind();
                cells.put(cell.key(), new ReportCell(cell.key(), kind.normalise(value.total()),
                        kind.normalise(value.own()), kind.normalise(value.children()), value.manual(), value.note()));
            }
        });
        return cells;
    }

    /** The SHA-256 of the canonical snapshot, as stored with the version. */
    public static String sha256(Map<String, ReportCell> cells) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(cells).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, ReportCell> live(Context context, Map<String, ReportStore.Manual> manual,
            Map<String, BigDecimal> children) {
        MeasureFacts facts = measures.of(context.union.getId(), context.campaign.id(), context.campaign.startsOn(),
                context.campaign.endsOn());
        Map<String, ReportCell> cells = new LinkedHashMap<>();
        context.definition.cells().values().forEach(cell -> {
            CellKind kind = cell.kind();
            BigDecimal own;
            String note = null;
            if (cell.source() instanceof CellSource.Measure measure) {
                own = facts.value(measure);
            } else {
                ReportStore.Manual entered = manual.get(cell.key());
                own = entered == null ? BigDecimal.ZERO : entered.value();
                note = entered == null ? null : entered.note();
            }
            own = kind.normalise(own);
            BigDecimal fromChildren = kind.normalise(children.get(cell.key()));
            cells.put(cell.key(), new ReportCell(cell.key(), own.add(fromChildren), own, fromChildren, cell.manual(),
                    note));
        });
        return cells;
    }

    private static BigDecimal parse(String value, CellKind kind) {
        try {
            BigDecimal amount = new BigDecimal(value == null ? "" : value.strip().replace(",", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || (kind == CellKind.COUNT && amount.stripTrailingZeros()
                    .scale() > 0) || amount.compareTo(new BigDecimal("100000000000000")) >= 0) {
                throw DomainException.onField("value", "report.manual.invalid");
            }
            return kind.normalise(amount);
        } catch (NumberFormatException notANumber) {
            throw DomainException.onField("value", "report.manual.invalid");
        }
    }

    private void requireParent(Actor actor, Organisation child) {
        if (child.getParentId() == null || child.getParentId() != actor.organisationId()) {
            throw new OutsideScopeException(OutsideScopeException.Check.LEVEL,
                    actor.loginName() + " is not the parent of " + child.getId());
        }
    }

    /** The campaign, the form and the union, which must take part in the campaign (be in its organiser's subtree). */
    private Context context(long campaignId, String definitionCode, long unionId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        TableDefinition definition = definitions.find(definitionCode)
                .orElseThrow(() -> new NotFoundException("report definition", definitionCode));
        Organisation union = organisations.findById(unionId).orElseThrow(() -> new NotFoundException("union", unionId));
        Organisation organiser = organisations.findById(campaign.organisationId()).orElseThrow();
        if (!organiser.path().contains(union.path())) {
            throw new OutsideScopeException("union " + unionId + " takes no part in campaign " + campaignId);
        }
        return new Context(campaign, definition, union);
    }

    private record Context(Campaign campaign, TableDefinition definition, Organisation union) {
    }
}
