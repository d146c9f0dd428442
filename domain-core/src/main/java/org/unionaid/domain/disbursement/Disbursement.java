package org.unionaid.domain.disbursement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.funds.MatchingGate;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.MakerChecker;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.tracking.IncomeTracking;

/**
 * Building and approving disbursement batches (发放批次). Every line passes {@link PaymentRules} when it
 * is added and again at approval; approval (by someone other than the batch's maker) commits the money in
 * the ledger, so that two batches cannot spend the same money.
 */
@Service
@Transactional
public class Disbursement {

    /**
     * Files loaded and checked at once when a batch is filled or approved: the persistence context is
     * cleared after each page, so a batch of any size is checked in bounded memory.
     */
    static final int PAGE = 1000;

    private final Batches batches;
    private final HardshipFiles files;
    private final CampaignAdministration campaigns;
    private final Organisations organisations;
    private final MinimumLivingStandards standards;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CampaignProgress progress;
    private final IncomeTracking incomes;
    private final PayeeFit payees;
    private final MatchingGate matching;
    private final NamedLines named;

    public Disbursement(CampaignProgress progress, Batches batches, HardshipFiles files, CampaignAdministration campaigns,
            Organisations organisations, MinimumLivingStandards standards, Ledger ledger, AuditLog auditLog,
            Clock clock, IncomeTracking incomes, PayeeFit payees, MatchingGate matching, NamedRecipients recipients) {
        this.matching = matching;
        this.named = new NamedLines(batches, recipients, payees);
        this.progress = progress;
        this.incomes = incomes;
        this.payees = payees;
        this.batches = batches;
        this.files = files;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.standards = standards;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What filling a batch did: lines added, and each household refused with its reason. */
    public record FillReport(int added, List<LineRefusal> refused) {
    }

    public Batch create(Actor actor, long campaignId, FundSource source, FundPurpose purpose, PaymentMethod method,
            Goods goods) {
        return create(actor, campaignId, source, purpose, method, goods, null);
    }

    /**
     * A draft batch; a bank transfer names the bank file template it will be written with ({@code null}: the
     * generic one), so that every line is checked against it when it is added (R-PAY-13). A goods batch says each
     * household's share ({@link Goods}, R-HAND-04) and is bought from union matching money only
     * ({@link GoodsFromUnionMoney}, R-HAND-03).
     */
    public Batch create(Actor actor, Long campaignId, FundSource source, FundPurpose purpose, PaymentMethod method,
            Goods goods, Long bankTemplateId) {
        return create(actor, campaignId, source, purpose, method, goods, bankTemplateId, PayeeKind.FILES);
    }

    /** A draft batch paying {@code payeeKind}; named recipients never from finance money (R-STAT-05). */
    public Batch create(Actor actor, Long campaignId, FundSource source, FundPurpose purpose, PaymentMethod method,
            Goods goods, Long bankTemplateId, PayeeKind payeeKind) {
        actor.requireRole(Role.FINANCE);
        if (campaignId == null) {
            throw DomainException.onField("campaign", "funds.transfer.campaignRequired");
        }
        Campaign campaign = campaigns.view(actor, campaignId);
        if (source == null) {
            throw DomainException.onField("source", "funds.source.required");
        }
        if (purpose == null || method == null) {
            throw DomainException.onField(purpose == null ? "purpose" : "method", "NotNull");
        }
        if (!campaign.allows(purpose, source)) {
            throw DomainException.onField("purpose", "payment.refused.sourceNotAllowed");
        }
        if (source.isFinance() && method != PaymentMethod.BANK_TRANSFER) {
            throw DomainException.onField("method", "payment.refused.financeNotCashOrGoods");
        }
        if (payeeKind == PayeeKind.NAMED && source.isFinance()) {
            throw DomainException.onField("source", "payment.refused.namedFinanceMoney"); // R-STAT-05
        }
        matching.requireMatched(actor.organisationId(), source, purpose); // R-MATCH-02
        if (method == PaymentMethod.GOODS) {
            GoodsFromUnionMoney.refusal(source).ifPresent(refusal -> {
                throw refusal.onField("source");
            });
            if (goods == null || !goods.complete()) {
                throw DomainException.onField("goods", "goods.required");
            }
        }
        Long template = null;
        if (method == PaymentMethod.BANK_TRANSFER) {
            template = bankTemplateId == null ? payees.defaultTemplate() : bankTemplateId;
            if (!payees.exists(template)) {
                throw DomainException.onField("bankTemplate", "bankfile.template.required");
            }
        }
        Organisation union = organisations.findById(actor.organisationId()).orElseThrow();
        Batch batch = new Batch(batches.nextBatchId(), campaignId, campaign.name(), union.getId(), union.getName(),
                source, purpose, method, method == PaymentMethod.GOODS ? goods : null, Batch.Status.DRAFT,
                actor.userId(), null, 0, Money.ZERO, template, payeeKind);
        batches.addBatch(batch);
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_CREATE, "disbursement_batch", batch.id(),
                source + " " + purpose + " " + method));
        return batch;
    }

    /**
     * Adds the approved files of the paying union's subtree (or of one union in it) of a category, not yet
     * paid in this campaign for this purpose, each at the campaign's standard; refused households are
     * reported with their reason and left out.
     */
    public FillReport fill(Actor actor, long batchId, HardshipCategory category, Long unionId) {
        Batch batch = draftOf(actor, batchId);
        if (batch.payees() != PayeeKind.FILES) {
            throw new DomainException("batch.payees.named");
        }
        matching.requireMatched(batch.payingUnionId(), batch.source(), batch.purpose()); // R-MATCH-02
        Campaign campaign = campaigns.view(actor, batch.campaignId());
        // A union chosen by name: its files that are not approved are listed as refused with the reason, not
        // skipped, so that the finance officer sees who is missing and why.
        FileFilter filter = new FileFilter(null, null, unionId == null ? FileStatus.APPROVED : null, category, null,
                null, unionId, false);
        LineJudge judge = judge(batch, campaign);
        int[] added = {0};
        List<LineRefusal> refused = new ArrayList<>();
        files.forEachPage(filter.scope(actor, organisations), filter, PAGE, page -> {
            LineJudge.Page facts = judge.newLines(page.stream().map(HardshipFile::getId).toList());
            List<Batches.NewLine> payable = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            for (HardshipFile file : page) {
                PayableHousehold household = facts.households().get(file.getId());
                Optional<Money> standard = Optional.ofNullable(household.category())
                        .flatMap(c -> campaign.standard(c, batch.purpose()));
                Money amount = standard.orElse(Money.ZERO);
                Optional<Refusal> refusal = amount.isZero()
                        ? Refusal.refuse("payment.refused.noStandard")
                        : facts.judge(household, amount);
                if (refusal.isEmpty()) {
                    payable.add(new Batches.NewLine(file.getId(), amount, standard.orElse(null)));
                    names.put(file.getId(), file.getWorkerName());
                } else {
                    refused.add(new LineRefusal(file.getId(), file.getWorkerName(), refusal.get().messageKey(),
                            refusal.get().arguments()));
                }
            }
            Set<Long> stored = batches.addLines(batchId, batch.campaignId(), batch.purpose(), payable);
            added[0] += stored.size();
            for (Batches.NewLine line : payable) {
                if (!stored.contains(line.fileId())) {
                    // Another batch took the household between the check and the insert: the index decided.
                    refused.add(new LineRefusal(line.fileId(), names.get(line.fileId()), "payment.refused.alreadyPaid",
                            List.of()));
                }
            }
        });
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_FILL, "disbursement_batch", batchId,
                added[0] + " added, " + refused.size() + " refused"));
        return new FillReport(added[0], refused);
    }

    /** Changes a line's amount with a written reason; the rules apply to the new amount. */
    public void editLine(Actor actor, long lineId, String amount, String reason) {
        BatchLine line = batches.line(lineId).orElseThrow(() -> new NotFoundException("disbursement line", lineId));
        Batch batch = draftOf(actor, line.batchId());
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "payment.edit.reasonRequired");
        }
        Money money = Money.parse("amount", amount);
        if (money.isZero()) {
            throw DomainException.onField("amount", "funds.amount.required");
        }
        Campaign campaign = campaigns.view(actor, batch.campaignId());
        Optional<Refusal> refusal = line.named() ? named.judgeEdit(batch, campaign, line, money)
                : judgeFileLine(judge(batch, campaign).existingLines(Map.of(lineId, line.fileId())), line, money);
        refusal.ifPresent(r -> {
            throw r.toException();
        });
        batches.changeAmount(lineId, money, reason.strip());
    }

    public void removeLine(Actor actor, long lineId) {
        BatchLine line = batches.line(lineId).orElseThrow(() -> new NotFoundException("disbursement line", lineId));
        draftOf(actor, line.batchId());
        batches.removeLine(lineId);
    }

    /**
     * R-PAY-09 — approves a draft batch: every line checked again, the whole total available, the money committed in
     * the ledger. Whoever made the batch cannot approve it; a batch is approved once, however many press
     * the button at the same moment.
     */
    public Batch approve(Actor actor, long batchId) {
        actor.requireRole(Role.APPROVER);
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        Organisation payer = organisations.findById(batch.payingUnionId()).orElseThrow();
        actor.requireReach(payer.path());
        MakerChecker.require(List.of(batch.createdBy()), actor.userId(), "payment.approve.makerChecker");
        if (!batch.isDraft()) {
            throw new DomainException("payment.approve.notDraft");
        }
        matching.requireMatched(batch.payingUnionId(), batch.source(), batch.purpose()); // R-MATCH-02
        List<BatchLine> lines = batches.lines(batchId);
        if (lines.isEmpty()) {
            throw new DomainException("payment.approve.empty");
        }
        if (batch.payees() == PayeeKind.FILES && PaymentRules.WithinCentralMoneyCap.capped(batch.source(), batch.purpose())) {
            // R-PAY-08: a household's yearly cap counts the batches approved before this one; two approvals at
            // the same moment take their households' locks in turn, so the second counts the first.
            batches.lockHouseholds(lines.stream().map(BatchLine::fileId).toList());
        }
        Map<Long, LineRefusal> problems = problems(batch, lines, campaigns.view(actor, batch.campaignId()));
        if (!problems.isEmpty()) {
            throw new DomainException("payment.approve.linesRefused", problems.size(),
                    problems.values().iterator().next().workerName());
        }
        Money total = lines.stream().map(BatchLine::amount).reduce(Money.ZERO, Money::plus);
        // R-FUND-01: the campaign's own money; the commitment's lines take the campaign's pool from the entry.
        ledger.requireAvailable(batch.payingUnionId(), batch.campaignId(), batch.source(), batch.purpose(), total);
        long entry = ledger.post(new JournalEntryDraft(EntryKind.COMMITMENT, new DocumentRef("disbursement_batch", batchId),
                batch.campaignId(), lines.size() + " lines", List.of(
                        JournalLine.of(batch.payingUnionId(), AccountKind.AVAILABLE, batch.source(), batch.purpose(),
                                total.negated()),
                        JournalLine.of(batch.payingUnionId(), AccountKind.COMMITTED, batch.source(), batch.purpose(),
                                total))), actor.userId()).id();
        if (!batches.approve(batchId, actor.userId(), entry, clock.instant())) {
            // Someone approved it meanwhile: the commitment above rolls back with this refusal.
            throw new DomainException("payment.approve.notDraft");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_APPROVE, "disbursement_batch", batchId,
                lines.size() + " lines, " + total));
        return batches.find(batchId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Batch view(Actor actor, long batchId) {
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        actor.requireReach(organisations.findById(batch.payingUnionId()).orElseThrow().path());
        return batch;
    }

    @Transactional(readOnly = true)
    public List<BatchLine> lines(Actor actor, long batchId) {
        view(actor, batchId);
        return batches.lines(batchId);
    }

    /** A page of a batch's lines for anyone who may see the batch. */
    @Transactional(readOnly = true)
    public Page<BatchLine> lines(Actor actor, long batchId, LineQuery query, Pageable pageable) {
        view(actor, batchId);
        return batches.lines(batchId, query, pageable);
    }

    /** The lines of a batch that would be refused now (a file exited, a card changed hands...), by line id. */
    @Transactional(readOnly = true)
    public Map<Long, LineRefusal> problems(Actor actor, long batchId) {
        Batch batch = view(actor, batchId);
        return batch.isDraft() ? problems(batch, batches.lines(batchId), campaigns.view(actor, batch.campaignId()))
                : Map.of();
    }

    private Map<Long, LineRefusal> problems(Batch batch, List<BatchLine> lines, Campaign campaign) {
        if (batch.payees() == PayeeKind.NAMED) {
            return named.problems(batch, campaign, lines);
        }
        Map<Long, LineRefusal> problems = new LinkedHashMap<>();
        LineJudge judge = judge(batch, campaign);
        for (int from = 0; from < lines.size(); from += PAGE) {
            List<BatchLine> page = lines.subList(from, Math.min(lines.size(), from + PAGE));
            Map<Long, Long> fileByLine = new LinkedHashMap<>();
            page.forEach(line -> fileByLine.put(line.id(), line.fileId()));
            LineJudge.Page facts = judge.existingLines(fileByLine);
            for (BatchLine line : page) {
                judgeFileLine(facts, line, line.amount()).ifPresent(refusal -> problems.put(line.id(),
                        new LineRefusal(line.fileId(), facts.households().get(line.fileId()).workerName(),
                                refusal.messageKey(), refusal.arguments())));
            }
        }
        return problems;
    }

    /** Every payment of a file the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignProgress.FilePayment> paymentsOf(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return progress.paymentsOf(fileId);
    }

    /** The campaign seen from the actor's union: its subtree, then each child's, and the money by source and purpose. */
    @Transactional(readOnly = true)
    public List<CampaignProgress.UnionProgress> progressByUnion(Actor actor, long campaignId) {
        Campaign campaign = campaigns.view(actor, campaignId);
        return progress.byUnion(campaignId, actor.organisationId(), campaign.startsOn(), campaign.endsOn());
    }

    @Transactional(readOnly = true)
    public List<CampaignProgress.PaidBy> paidBySourceAndPurpose(Actor actor, long campaignId) {
        campaigns.view(actor, campaignId);
        return progress.paidBySourceAndPurpose(campaignId, actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public List<Batch> list(Actor actor) {
        return batches.of(actor.organisationPath());
    }

    private Batch draftOf(Actor actor, long batchId) {
        actor.requireRole(Role.FINANCE);
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        if (batch.payingUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("disbursement batch " + batchId);
        }
        if (!batch.isDraft()) {
            throw new DomainException("payment.approve.notDraft");
        }
        return batch;
    }

    private LineJudge judge(Batch batch, Campaign campaign) {
        return new LineJudge(batch, campaign, batches, files, incomes, standards, payees, LocalDate.now(clock));
    }

    /** A line to a hardship file's household judged on its page's facts, at {@code amount}. */
    private static Optional<Refusal> judgeFileLine(LineJudge.Page facts, BatchLine line, Money amount) {
        PayableHousehold household = facts.households().get(line.fileId());
        if (household == null) {
            throw new IllegalStateException("line " + line.id() + " names a file that does not exist");
        }
        return facts.judge(household, amount);
    }
}
