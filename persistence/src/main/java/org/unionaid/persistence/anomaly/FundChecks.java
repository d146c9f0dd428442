package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/**
 * The rules on campaign money (domain.md §6): matching, leftovers and allocations. One small class and one
 * statement each, over the gates of issue 15: the matching deadline (R-MATCH-02, V43), campaign closing, ring-fenced
 * balances and leftover transfers (R-FUND-01 to R-FUND-07, V41).
 */
final class FundChecks {

    private FundChecks() {
    }

    /**
     * R-ANOM-22 — an allocation whose matching (配套, amount × ratio, half-up to the fen) is short after its matching
     * deadline, the day after its due day (seed 000: 请各单位按1:1的比例予以配套; R-MATCH-02, V43): from then on the
     * receiving union's account of the allocation's source and purpose is held, in every campaign, so the evidence
     * adds what left that account since the deadline — batches approved, onward allocations, approved transfers —
     * which the gate refuses and PostgreSQL does not. A ratio below 1:1 shows its reason. The union responsible is
     * the receiver, which owes the match.
     */
    @Component
    static final class MatchingShortfall extends SqlCheck {
        MatchingShortfall(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.MATCHING_SHORTFALL, """
                    select 'allocation:' || x.id as hit_key, x.to_union_id as union_id, x.required - x.matched as amount,
                           array['allocation/' || x.id] as records,
                           jsonb_build_object('from', x.from_name, 'campaign', x.campaign_name, 'allocatedAmount', x.amount,
                                              'ratio', x.matching_ratio, 'ratioReason', x.ratio_reason,
                                              'requiredAmount', x.required, 'matchedAmount', x.matched,
                                              'shortfallAmount', x.required - x.matched, 'dueOn', x.match_due_on,
                                              'daysOverdue', cast(:asOf as date) - x.match_due_on,
                                              'source', x.source, 'purpose', x.purpose,
                                              'spentWhileHeldAmount', s.batches + s.allocations + s.transfers) as evidence
                      from (select a.id, a.to_union_id, a.source, a.purpose, a.amount, a.matching_ratio, a.ratio_reason,
                                   a.match_due_on, g.name as from_name, c.name as campaign_name,
                                   round(a.amount * a.matching_ratio, 2) as required,
                                   coalesce((select sum(m.amount) from matching_contribution m where m.allocation_id = a.id), 0)
                                       as matched
                              from allocation a
                              join organisation o on o.id = a.to_union_id
                              join organisation g on g.id = a.from_union_id
                              join campaign c on c.id = a.campaign_id
                             where a.matching_ratio > 0 and a.match_due_on < cast(:asOf as date)
                               and o.path >= :lower and o.path < :upper) x
                      cross join lateral (
                          select coalesce((select sum(l.amount) from disbursement_batch b
                                             join disbursement_line l on l.batch_id = b.id and l.status <> 'FAILED'
                                            where b.paying_union_id = x.to_union_id and b.source = x.source
                                              and b.purpose = x.purpose and b.status = 'APPROVED'
                                              and (b.approved_at at time zone 'Asia/Shanghai')::date
                                                  between x.match_due_on + 1 and cast(:asOf as date)), 0) as batches,
                                 coalesce((select sum(n.amount) from allocation n
                                            where n.from_union_id = x.to_union_id and n.source = x.source
                                              and n.purpose = x.purpose
                                              and (n.created_at at time zone 'Asia/Shanghai')::date
                                                  between x.match_due_on + 1 and cast(:asOf as date)), 0) as allocations,
                                 coalesce((select sum(t.amount) from balance_transfer t
                                            where t.organisation_id = x.to_union_id and t.source = x.source
                                              and t.from_purpose = x.purpose and t.status = 'APPROVED'
                                              and (t.decided_at at time zone 'Asia/Shanghai')::date
                                                  between x.match_due_on + 1 and cast(:asOf as date)), 0) as transfers) s
                     where x.matched < x.required
                    """);
        }
    }

    /**
     * R-ANOM-23 — campaign money moved to daily assistance (结余转入日常帮扶): each approved leftover transfer, with its
     * office-meeting decision, the campaign's closing and the minutes kept, for the auditor to check against the
     * decision (seed 002: 经本级工会主席办公会议集体审议通过; R-FUND-04 to R-FUND-07). Since V41 PostgreSQL takes a
     * transfer only from a closed campaign on a meeting held on or after the closing, so one marked as decided before
     * the closing was written before; minutes missing only the transfer rules refuse.
     */
    @Component
    static final class LeftoverToDaily extends SqlCheck {
        LeftoverToDaily(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.LEFTOVER_TO_DAILY, """
                    select 'transfer:' || t.id as hit_key, t.organisation_id as union_id, t.amount,
                           array['balance_transfer/' || t.id] as records,
                           jsonb_build_object('campaign', c.name, 'source', t.source, 'purpose', t.from_purpose,
                                              'movedAmount', t.amount, 'decisionNumber', t.decision_number,
                                              'decisionOn', t.decision_date, 'decisionDocument', t.decision_document,
                                              'requestedBy', r.display_name, 'decidedBy', d.display_name,
                                              'decidedOn', (t.decided_at at time zone 'Asia/Shanghai')::date,
                                              'campaignEndsOn', c.ends_on, 'campaignClosedOn', c.closed_on,
                                              'beforeClosing', c.closed_on is null or t.decision_date < c.closed_on,
                                              'minutesKept', exists (select 1 from balance_transfer_minutes m
                                                                      where m.transfer_id = t.id)) as evidence
                      from balance_transfer t
                      join organisation o on o.id = t.organisation_id
                      join campaign c on c.id = t.campaign_id
                      join user_account r on r.id = t.requested_by
                      left join user_account d on d.id = t.decided_by
                     where t.status = 'APPROVED' and o.path >= :lower and o.path < :upper
                    """);
        }
    }

    /**
     * R-ANOM-24 — money allocated to a union for a campaign still lying in the union's ring-fenced account of that
     * campaign, source and purpose (R-FUND-01, V41: the available balance, so neither passed on, committed nor moved
     * to daily assistance) the grace days after the campaign was closed (R-FUND-02), or after it ended while it is not
     * closed. The amount is the balance the ledger holds.
     */
    @Component
    static final class AllocationUnspent extends SqlCheck {
        AllocationUnspent(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.ALLOCATION_UNSPENT, """
                    select 'unspent:' || r.union_id || ':' || r.campaign_id || ':' || r.source || ':' || r.purpose as hit_key,
                           r.union_id, b.amount, r.records,
                           jsonb_build_object('campaign', r.campaign_name, 'source', r.source, 'purpose', r.purpose,
                                              'receivedAmount', r.amount, 'unspentAmount', b.amount,
                                              'campaignEndsOn', r.ends_on, 'campaignClosedOn', r.closed_on) as evidence
                      from (select a.to_union_id as union_id, a.campaign_id, a.source, a.purpose, c.name as campaign_name,
                                   c.ends_on, c.closed_on, sum(a.amount) as amount,
                                   array_agg('allocation/' || a.id order by a.id) as records
                              from allocation a
                              join organisation o on o.id = a.to_union_id
                              join campaign c on c.id = a.campaign_id
                             where o.path >= :lower and o.path < :upper
                               and coalesce(c.closed_on, c.ends_on) + cast(:unspentGraceDays as integer) < cast(:asOf as date)
                             group by a.to_union_id, a.campaign_id, a.source, a.purpose, c.name, c.ends_on, c.closed_on) r
                      join ledger_balance b on b.union_id = r.union_id and b.account_kind = 'AVAILABLE'
                                           and b.fund_source = r.source and b.purpose = r.purpose
                                           and b.campaign_id = r.campaign_id
                     where b.amount > 0
                    """);
        }
    }
}
