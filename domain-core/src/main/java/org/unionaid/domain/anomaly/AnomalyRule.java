package org.unionaid.domain.anomaly;

import java.util.List;

/**
 * The anomaly rules of the auditor's desk (docs/domain.md §9.2, issue 16), each a named, documented,
 * set-based query over a subtree (one {@link AnomalyCheck}) whose hits carry their evidence. The page names
 * a rule by {@code anomaly.rule.<name>} and explains it by {@code anomaly.rule.<name>.help}. A rule whose
 * query changes gets a new {@link #version()}, so that results kept from earlier runs say which rule found them.
 */
public enum AnomalyRule {

    /** R-ANOM-01 — one bank card on more than one household's active file (seed 003: 谎报冒领). */
    SHARED_CARD("R-ANOM-01", 1, Group.ACCOUNTS),
    /** R-ANOM-02 — one phone number on more than one household's active file. */
    SHARED_PHONE("R-ANOM-02", 1, Group.ACCOUNTS),
    /** R-ANOM-03 — the card's holder is not the worker (seed 000: 实名制). */
    PAYEE_NOT_HOLDER("R-ANOM-03", 1, Group.ACCOUNTS),
    /** R-ANOM-04 — paid to a file not approved on the day it was paid (seed 002: 先建档，后帮扶). */
    PAID_BEFORE_APPROVAL("R-ANOM-04", 1, Group.PAYMENTS),
    /** R-ANOM-05 — paid to a file exited or cancelled on or before the day it was paid. */
    PAID_AFTER_CLOSING("R-ANOM-05", 1, Group.PAYMENTS),
    /** R-ANOM-06 — paid while the household was proposed for exit, six months above 低保 (domain.md §3.12). */
    PAID_WHILE_EXIT_PROPOSED("R-ANOM-06", 1, Group.PAYMENTS),
    /** R-ANOM-07 — paid while the file was a year or more past its last verification (domain.md §3.12). */
    PAID_OVERDUE_REVERIFICATION("R-ANOM-07", 1, Group.PAYMENTS),
    /** R-ANOM-08 — one household paid in one campaign by two unions neither of which is above the other. */
    PAID_BY_TWO_UNIONS("R-ANOM-08", 1, Group.HOUSEHOLDS),
    /** R-ANOM-09 — one household paid more in a calendar year, over every campaign, than the yearly cap. */
    ABOVE_YEARLY_CAP("R-ANOM-09", 1, Group.HOUSEHOLDS),
    /** R-ANOM-10 — a bank card changed shortly before a payment to it (domain.md §9.2). */
    CARD_CHANGED_BEFORE_PAYMENT("R-ANOM-10", 1, Group.HOUSEHOLDS),
    /** R-ANOM-11 — a failed bank payment followed by cash or goods to the same household in the campaign. */
    CASH_AFTER_FAILED_TRANSFER("R-ANOM-11", 1, Group.CASH),
    /**
     * R-ANOM-12 — cash or goods paid without a handover on a home visit of a delegation of the paying union (seed
     * 002); version 2 reads the visit the handover names (V42).
     */
    HANDOVER_WITHOUT_VISIT("R-ANOM-12", 2, Group.CASH),
    /** R-ANOM-13 — cash or goods paid without the signed roster scanned (seed 000: 签名确认). */
    NO_SIGNED_ROSTER("R-ANOM-13", 1, Group.CASH),
    /** R-ANOM-14 — a round sum of cash at or above a threshold. */
    ROUND_CASH("R-ANOM-14", 1, Group.CASH),
    /** R-ANOM-15 — finance money paid as cash or goods (seed 002). */
    FINANCE_MONEY_IN_CASH("R-ANOM-15", 1, Group.CASH),
    /** R-ANOM-16 — an amount above the campaign's standard for the category and purpose. */
    ABOVE_STANDARD("R-ANOM-16", 1, Group.AMOUNTS),
    /** R-ANOM-17 — a category above what the recorded income supports, not confirmed by a higher union. */
    CATEGORY_ABOVE_INCOME("R-ANOM-17", 1, Group.FILES),
    /** R-ANOM-18 — approved without the required documents or without a consistent income check. */
    APPROVED_WITHOUT_DOCUMENTS("R-ANOM-18", 1, Group.FILES),
    /** R-ANOM-19 — approved without a finished public notice (seed 003: 公示后再录入). */
    APPROVED_WITHOUT_NOTICE("R-ANOM-19", 1, Group.FILES),
    /** R-ANOM-20 — a notice shorter than the minimum, or posted after its first day. */
    NOTICE_SHORT_OR_LATE("R-ANOM-20", 1, Group.FILES),
    /** R-ANOM-21 — maker = checker: a file, category, batch or transfer approved by one who made it. */
    MAKER_IS_CHECKER("R-ANOM-21", 1, Group.FILES),
    /**
     * R-ANOM-22 — matching (配套) short of amount × ratio after its deadline (seed 000: 按1:1的比例予以配套); version 2
     * adds what left the held account since the deadline (R-MATCH-02).
     */
    MATCHING_SHORTFALL("R-ANOM-22", 2, Group.FUNDS),
    /**
     * R-ANOM-23 — campaign money moved to daily assistance (seed 002: 经本级工会主席办公会议集体审议); version 2 judges the
     * decision against the campaign's closing and shows the minutes kept (V41).
     */
    LEFTOVER_TO_DAILY("R-ANOM-23", 2, Group.FUNDS),
    /**
     * R-ANOM-24 — money allocated for a campaign still unspent after the campaign closed; version 2 reads the
     * campaign's ring-fenced balance and its closing (V41).
     */
    ALLOCATION_UNSPENT("R-ANOM-24", 2, Group.FUNDS),
    /** R-ANOM-25 — a submitted statistics cell that differs from the records (按记录核对). */
    STATISTICS_DIFFER("R-ANOM-25", 1, Group.FUNDS);

    /** How the desk groups the rules. */
    public enum Group {
        ACCOUNTS,
        PAYMENTS,
        HOUSEHOLDS,
        CASH,
        AMOUNTS,
        FILES,
        FUNDS
    }

    private final String ruleId;
    private final int version;
    private final Group group;

    AnomalyRule(String ruleId, int version, Group group) {
        this.ruleId = ruleId;
        this.version = version;
        this.group = group;
    }

    /** Its id in docs/rules.md. */
    public String ruleId() {
        return ruleId;
    }

    public int version() {
        return version;
    }

    public Group group() {
        return group;
    }

    public static List<AnomalyRule> all() {
        return List.of(values());
    }
}
