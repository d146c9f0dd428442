package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/**
 * The rules on campaign money (domain.md §6): matching, leftovers and allocations. One small class and one
 * statement each; they read today's tables and will follow the matching deadlines, campaign closing and
 * ring-fenced balances being built (branches matching-required and ledger-trust) once those land.
 */
final class FundChecks {

    private FundChecks() {
    }

    /**
     * R-ANOM-22 — an allocation whose matching (配套, amount × ratio, half-up to the fen) is short after its due day
     * (seed 000: 请各单位按1:1的比例予以配套). The union responsible is the receiver, which owes the match.
     */
    @Component
    static final class MatchingShortfall extends SqlCheck {
        MatchingShortfall(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.MATCHING_SHORTFALL, """
                    select 'allocation:' || x.id as hit_key, x.to_union_id as union_id, x.required - x.matched as amount,
                           array['allocation/' || x.id] as records,
                           jsonb_build_object('from', x.from_name, 'campaign', x.campaign_name, 'allocatedAmount', x.amount,
                                              'ratio', x.matching_ratio, 'requiredAmount', x.required,
                                              'matchedAmount', x.matched, 'shortfallAmount', x.required - x.matched,
                                              'dueOn', x.match_due_on, 'daysOverdue', cast(:asOf as date) - x.match_due_on) as evidence
                      from (select a.id, a.to_union_id, a.amount, a.matching_ratio, a.match_due_on, g.name as from_name,
                                   c.name as campaign_name, round(a.amount * a.matching_ratio, 2) as required,
                                   coalesce((select sum(m.amount) from matching_contribution m where m.allocation_id = a.id), 0)
                                       as matched
                              from allocation a
                              join organisation o on o.id = a.to_union_id
                              join organisation g on g.id = a.from_union_id
                              join campaign c on c.id = a.campaign_id
                             where a.matching_ratio > 0 and a.match_due_on < cast(:asOf as date)
                               and o.path >= :lower and o.path < :upper) x
                     where x.matched < x.required
                    """);
        }
    }

    /**
     * R-ANOM-23 — campaign money moved to daily assistance (结余转入日常帮扶): each approved transfer, with its
     * office-meeting decision, for the auditor to check against the decision's document (seed 002:
     * 经本级工会主席办公会议集体审议通过); one decided before the campaign ended is marked.
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
                                              'campaignEndsOn', c.ends_on,
                                              'beforeCampaignEnd', t.decision_date <= c.ends_on) as evidence
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
     * R-ANOM-24 — money allocated to a union for a campaign, of a source and purpose, still unspent (not passed
     * on, not committed to a payment that did not fail, not moved by a decision) the grace days after the campaign
     * ended.
     */
    @Component
    static final class AllocationUnspent extends SqlCheck {
        AllocationUnspent(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.ALLOCATION_UNSPENT, """
                    select 'unspent:' || r.union_id || ':' || r.campaign_id || ':' || r.source || ':' || r.purpose as hit_key,
                           r.union_id, r.amount - s.passed - s.paid - s.moved as amount, r.records,
                           jsonb_build_object('campaign', r.campaign_name, 'source', r.source, 'purpose', r.purpose,
                                              'receivedAmount', r.amount, 'passedOnAmount', s.passed, 'paidAmount', s.paid,
                                              'movedAmount', s.moved, 'unspentAmount', r.amount - s.passed - s.paid - s.moved,
                                              'campaignEndsOn', r.ends_on) as evidence
                      from (select a.to_union_id as union_id, a.campaign_id, a.source, a.purpose, c.name as campaign_name,
                                   c.ends_on, sum(a.amount) as amount,
                                   array_agg('allocation/' || a.id order by a.id) as records
                              from allocation a
                              join organisation o on o.id = a.to_union_id
                              join campaign c on c.id = a.campaign_id
                             where o.path >= :lower and o.path < :upper
                               and c.ends_on + cast(:unspentGraceDays as integer) < cast(:asOf as date)
                             group by a.to_union_id, a.campaign_id, a.source, a.purpose, c.name, c.ends_on) r
                      cross join lateral (
                          select coalesce((select sum(o2.amount) from allocation o2
                                            where o2.from_union_id = r.union_id and o2.campaign_id = r.campaign_id
                                              and o2.source = r.source and o2.purpose = r.purpose), 0) as passed,
                                 coalesce((select sum(l.amount) from disbursement_line l
                                             join disbursement_batch b on b.id = l.batch_id
                                            where b.paying_union_id = r.union_id and b.campaign_id = r.campaign_id
                                              and b.source = r.source and b.purpose = r.purpose
                                              and b.status = 'APPROVED' and l.status <> 'FAILED'), 0) as paid,
                                 coalesce((select sum(t.amount) from balance_transfer t
                                            where t.organisation_id = r.union_id and t.campaign_id = r.campaign_id
                                              and t.source = r.source and t.from_purpose = r.purpose
                                              and t.status = 'APPROVED'), 0) as moved) s
                     where r.amount - s.passed - s.paid - s.moved > 0
                    """);
        }
    }
}
