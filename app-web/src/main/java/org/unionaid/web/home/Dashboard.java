package org.unionaid.web.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.AssistancePlanning;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.Allocation;
import org.unionaid.domain.funds.BalanceTransfer;
import org.unionaid.domain.funds.BalanceTransferring;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.login.AccountLocking;
import org.unionaid.domain.login.LoginAttempts;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.reporting.statistics.StatisticsReporting;

/**
 * Figures for the home page, per role, always counted within the actor's subtree. Later features
 * add their tiles (files awaiting review, batches awaiting approval, tables due upward).
 */
@Service
class Dashboard {

    /** How far back the security tile looks. */
    static final Duration SECURITY_WINDOW = Duration.ofDays(7);

    private final Organisations organisations;
    private final Regions regions;
    private final UserAccounts users;
    private final AuditLog auditLog;
    private final FileCounts fileCounts;
    private final AssistancePlanning planning;
    private final FileRegistration registration;
    private final IncomeTracking incomeTracking;
    private final Allocating allocating;
    private final BalanceTransferring transfers;
    private final StatisticsReporting reports;
    private final AccountLocking locks;
    private final Clock clock;

    Dashboard(Organisations organisations, Regions regions, UserAccounts users, AuditLog auditLog,
            FileCounts fileCounts, AssistancePlanning planning, FileRegistration registration,
            IncomeTracking incomeTracking, Allocating allocating, BalanceTransferring transfers, StatisticsReporting reports,
            AccountLocking locks, Clock clock) {
        this.reports = reports;
        this.locks = locks;
        this.incomeTracking = incomeTracking;
        this.allocating = allocating;
        this.transfers = transfers;
        this.clock = clock;
        this.planning = planning;
        this.registration = registration;
        this.organisations = organisations;
        this.regions = regions;
        this.users = users;
        this.auditLog = auditLog;
        this.fileCounts = fileCounts;
    }

    /** One figure on the dashboard: a message key for its label, the count, and where it leads. */
    record Tile(String labelKey, long count, String link) {
    }

    /** The actor's own union as the dashboard introduces it. */
    record OwnUnion(Organisation organisation, String regionName) {
    }

    /**
     * The matches the actor's union is owed by its children past their deadline (配套资金逾期未到位): the total
     * shortfall and each allocation, which the tile links to. While one is open, the child cannot spend that
     * allocation's money (R-MATCH-02).
     */
    record OverdueMatching(Money total, List<Allocation> allocations) {
    }

    /**
     * {@code overdueMatching} is null for those who do not look after the union's money; {@code lockedAccounts}
     * (R-AUTH-06: the admins of a locked account are told here) is null for those who do not administer users.
     */
    record View(OwnUnion ownUnion, List<Tile> tiles, OverdueMatching overdueMatching,
            List<LoginAttempts.LockedAccount> lockedAccounts) {
    }

    private static Tile fileTile(Map<FileStatus, Long> byStatus, FileStatus status) {
        return new Tile("dashboard.tile.files." + status, byStatus.getOrDefault(status, 0L), "/files?status=" + status);
    }

    @Transactional(readOnly = true)
    View of(Actor actor) {
        Organisation own = organisations.findById(actor.organisationId()).orElseThrow();
        List<Tile> tiles = new ArrayList<>();
        Map<FileStatus, Long> byStatus = fileCounts.byStatus(actor.organisationPath());
        if (actor.has(Role.CLERK)) {
            tiles.add(fileTile(byStatus, FileStatus.DRAFT));
            tiles.add(fileTile(byStatus, FileStatus.RETURNED));
        }
        if (actor.has(Role.REVIEWER)) {
            tiles.add(fileTile(byStatus, FileStatus.SUBMITTED));
        }
        if (actor.has(Role.APPROVER)) {
            tiles.add(new Tile("dashboard.tile.files.NOTICE_PASSED", byStatus.getOrDefault(FileStatus.NOTICE_PASSED, 0L),
                    "/approvals"));
        }
        if (actor.has(Role.CLERK) || actor.has(Role.REVIEWER)) {
            tiles.add(new Tile("dashboard.tile.overdueMeasures", planning.overdue(actor), null));
            tiles.add(new Tile("dashboard.tile.dueForReverification",
                    registration.dueForReverification(actor, PageRequest.of(0, 1)).getTotalElements(), "/files/due"));
            tiles.add(new Tile("dashboard.tile.exitCandidates",
                    incomeTracking.exitCandidates(actor, PageRequest.of(0, 1)).getTotalElements(),
                    "/files/exit-candidates"));
        }
        LocalDate today = LocalDate.now(clock);
        List<Allocation> allocations = actor.has(Role.FINANCE) || actor.has(Role.APPROVER)
                ? allocating.ofOwnUnion(actor) : List.of();
        if (actor.has(Role.FINANCE)) {
            // The union's own debts; what its children owe it has the tile below.
            tiles.add(new Tile("dashboard.tile.overdueMatches", allocations.stream()
                    .filter(a -> a.toUnionId() == actor.organisationId() && a.isOverdue(today)).count(), "/allocations"));
        }
        OverdueMatching owed = null;
        if (actor.has(Role.FINANCE) || actor.has(Role.APPROVER)) {
            List<Allocation> overdue = allocations.stream()
                    .filter(a -> a.fromUnionId() == actor.organisationId() && a.isOverdue(today)).toList();
            owed = new OverdueMatching(overdue.stream().map(Allocation::shortfall).reduce(Money.ZERO, Money::plus),
                    overdue);
        }
        if (actor.has(Role.APPROVER) || actor.has(Role.ADMIN)) {
            tiles.add(new Tile("dashboard.tile.transfersAwaiting", transfers.list(actor).stream()
                    .filter(t -> t.status() == BalanceTransfer.Status.REQUESTED
                            && t.organisationId() == actor.organisationId() && t.requestedBy() != actor.userId())
                    .count(), "/transfers"));
            tiles.add(new Tile("dashboard.tile.reportsAwaiting", reports.awaitingDecision(actor), "/reports/inbox"));
        }
        long active = byStatus.entrySet().stream().filter(e -> e.getKey().isActive()).mapToLong(Map.Entry::getValue)
                .sum();
        tiles.add(new Tile("dashboard.tile.activeFiles", active, "/files"));
        boolean admin = actor.has(Role.ADMIN);
        tiles.add(new Tile("dashboard.tile.organisations", organisations.countSubtree(actor.organisationPath()),
                admin ? "/admin/organisations" : null));
        if (admin) {
            tiles.add(new Tile("dashboard.tile.users", users.countInSubtree(actor.organisationPath()), "/admin/users"));
        }
        if (admin || actor.has(Role.AUDITOR)) {
            long refused = auditLog.count(actor.organisationPath(), EnumSet.of(AuditOutcome.DENIED, AuditOutcome.FAILURE),
                    Instant.now().minus(SECURITY_WINDOW));
            tiles.add(new Tile("dashboard.tile.refused", refused, "/audit"));
        }
        return new View(new OwnUnion(own, regions.nameOf(own.getRegionCode()).orElse("")), tiles, owed,
                admin ? locks.locked(actor) : null);
    }
}
