package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/**
 * The rules on cash and goods (seed 002: 除慰问团入户慰问外,一律通过银行卡转帐方式发放慰问资金) and on amounts: one small
 * class and one statement each. The union responsible is the paying union.
 */
final class CashChecks {

    private CashChecks() {
    }

    /** R-ANOM-11 — a failed bank transfer followed by cash or goods to the same household in the same campaign. */
    @Component
    static final class CashAfterFailedTransfer extends SqlCheck {
        CashAfterFailedTransfer(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.CASH_AFTER_FAILED_TRANSFER, """
                    select distinct on (c.id) 'line:' || c.id as hit_key, cb.paying_union_id as union_id, c.amount,
                           array['disbursement_line/' || fl.id, 'disbursement_line/' || c.id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'failedAmount', fl.amount,
                                              'failureReason', fl.failure_reason,
                                              'failedOn', (r.imported_at at time zone 'Asia/Shanghai')::date,
                                              'method', cb.method, 'cashAmount', c.amount, 'lineStatus', c.status) as evidence
                      from disbursement_line fl
                      join disbursement_batch fb on fb.id = fl.batch_id
                      left join bank_return r on r.id = fl.settled_by_return
                      join disbursement_line c on c.file_id = fl.file_id and c.campaign_id = fl.campaign_id
                                              and c.id <> fl.id and c.status <> 'FAILED' and c.created_at >= fl.created_at
                      join disbursement_batch cb on cb.id = c.batch_id
                      join organisation o on o.id = cb.paying_union_id
                      join hardship_file f on f.id = fl.file_id
                     where fl.status = 'FAILED' and fb.method = 'BANK_TRANSFER' and cb.method in ('CASH', 'GOODS')
                       and o.path >= :lower and o.path < :upper
                     order by c.id, fl.id desc
                    """);
        }
    }

    /**
     * R-ANOM-12 — cash or goods paid without a handover on its own delegation's visit (seed 002: 除慰问团入户慰问外,
     * 一律通过银行卡转帐): a paid line with no handover, or whose handover names no visit, or names one that is not a
     * home visit of a delegation of the paying union to the line's household on the handover's day, within the
     * delegation's days (R-HAND-01). Since V42 PostgreSQL refuses such a handover when it is written, so the last two
     * are found in handovers written before; a paid line with no handover at all it does not refuse.
     */
    @Component
    static final class HandoverWithoutVisit extends SqlCheck {
        HandoverWithoutVisit(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.HANDOVER_WITHOUT_VISIT, """
                    select 'line:' || p.line_id as hit_key, p.paying_union_id as union_id, p.amount,
                           array['disbursement_line/' || p.line_id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'method', p.method, 'handedOn', p.handed_on,
                                              'handedBy', p.handed_by, 'paidAmount', p.amount,
                                              'visitedOn', v.visited_on, 'delegationUnion', du.name,
                                              'problem', case when p.handed_on is null then 'NO_HANDOVER'
                                                              when v.id is null then 'NO_VISIT'
                                                              else 'NOT_ITS_DELEGATIONS_VISIT' end) as evidence
                      from (""" + Fragments.PAID_LINES + """
                           ) p
                      join hardship_file f on f.id = p.file_id
                      left join visit v on v.id = p.visit_id
                      left join delegation d on d.id = v.delegation_id
                      left join organisation du on du.id = d.organisation_id
                     where p.method in ('CASH', 'GOODS')
                       and (p.handed_on is null or v.id is null or d.id is null
                            or d.organisation_id <> p.paying_union_id or v.kind <> 'HOME'
                            or v.file_id is distinct from p.file_id or v.visited_on <> p.handed_on
                            or v.visited_on not between d.starts_on and d.ends_on)
                    """);
        }
    }

    /**
     * R-ANOM-13 — a cash or goods batch with paid lines and no signed roster scanned on or after its first handover.
     * Since V42 PostgreSQL writes a handover only after such a scan (R-HAND-02), so a batch handed over is found only
     * among handovers written before; paid lines with no handover and no scan at all it does not refuse.
     */
    @Component
    static final class NoSignedRoster extends SqlCheck {
        NoSignedRoster(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.NO_SIGNED_ROSTER, """
                    select 'batch:' || x.batch_id as hit_key, x.paying_union_id as union_id, x.total as amount,
                           array['disbursement_batch/' || x.batch_id] as records,
                           jsonb_build_object('method', x.method, 'lines', x.lines, 'paidAmount', x.total,
                                              'firstHandedOn', x.first_handed_on, 'scans', x.scans) as evidence
                      from (select b.id as batch_id, b.paying_union_id, b.method, count(*) as lines, sum(l.amount) as total,
                                   min(h.handed_on) as first_handed_on,
                                   (select count(*) from batch_scan s where s.batch_id = b.id) as scans
                              from disbursement_batch b
                              join organisation o on o.id = b.paying_union_id
                              join disbursement_line l on l.batch_id = b.id and l.status = 'PAID'
                              left join disbursement_handover h on h.line_id = l.id
                             where b.method in ('CASH', 'GOODS') and o.path >= :lower and o.path < :upper
                             group by b.id) x
                     where not exists (select 1 from batch_scan s
                                        where s.batch_id = x.batch_id
                                          and (x.first_handed_on is null
                                               or (s.uploaded_at at time zone 'Asia/Shanghai')::date >= x.first_handed_on))
                    """);
        }
    }

    /** R-ANOM-14 — cash of a round sum (a multiple of the unit) at or above the threshold. */
    @Component
    static final class RoundCash extends SqlCheck {
        RoundCash(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.ROUND_CASH, """
                    select 'line:' || l.id as hit_key, b.paying_union_id as union_id, l.amount,
                           array['disbursement_line/' || l.id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'cashAmount', l.amount,
                                              'thresholdAmount', cast(:roundCashThreshold as numeric),
                                              'unitAmount', cast(:roundCashUnit as numeric), 'lineStatus', l.status) as evidence
                      from disbursement_line l
                      join disbursement_batch b on b.id = l.batch_id
                      join organisation o on o.id = b.paying_union_id
                      join hardship_file f on f.id = l.file_id
                     where b.method = 'CASH' and l.status <> 'FAILED' and o.path >= :lower and o.path < :upper
                       and l.amount >= cast(:roundCashThreshold as numeric)
                       and mod(l.amount, cast(:roundCashUnit as numeric)) = 0
                    """);
        }
    }

    /**
     * R-ANOM-15 — finance money paid as cash or goods (seed 002: 中央财政和省财政帮扶资金不得通过发放实物的方式发放). Since V42
     * PostgreSQL refuses a goods batch of finance money when it is created (R-HAND-03), so goods are found only among
     * batches created before; cash of finance money only the payment rules refuse (R-PAY-03).
     */
    @Component
    static final class FinanceMoneyInCash extends SqlCheck {
        FinanceMoneyInCash(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.FINANCE_MONEY_IN_CASH, """
                    select 'batch:' || b.id as hit_key, b.paying_union_id as union_id, sum(l.amount) as amount,
                           array['disbursement_batch/' || b.id] as records,
                           jsonb_build_object('source', b.source, 'method', b.method, 'lines', count(*),
                                              'paidAmount', sum(l.amount)) as evidence
                      from disbursement_batch b
                      join organisation o on o.id = b.paying_union_id
                      join disbursement_line l on l.batch_id = b.id and l.status <> 'FAILED'
                     where b.method in ('CASH', 'GOODS')
                       and b.source in ('CENTRAL_SPECIAL', 'PROVINCIAL_SPECIAL', 'LOCAL_FINANCE')
                       and o.path >= :lower and o.path < :upper
                     group by b.id
                    """);
        }
    }

    /** R-ANOM-16 — a line above the campaign's standard for the household's category and the purpose (R-PAY-07). */
    @Component
    static final class AboveStandard extends SqlCheck {
        AboveStandard(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.ABOVE_STANDARD, """
                    select 'line:' || l.id as hit_key, b.paying_union_id as union_id, l.amount,
                           array['disbursement_line/' || l.id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'paidAmount', l.amount, 'standardAmount', s.amount,
                                              'category', s.category, 'purpose', l.purpose, 'editReason', l.edit_reason,
                                              'lineStatus', l.status) as evidence
                      from disbursement_line l
                      join disbursement_batch b on b.id = l.batch_id
                      join organisation o on o.id = b.paying_union_id
                      join hardship_file f on f.id = l.file_id
                      join campaign_standard s on s.campaign_id = l.campaign_id and s.purpose = l.purpose
                                              and s.category = coalesce(f.confirmed_category, f.suggested_category)
                     where l.status <> 'FAILED' and l.amount > s.amount and o.path >= :lower and o.path < :upper
                    """);
        }
    }
}
