package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/** The rules on what one household received: one small class and one statement each. */
final class HouseholdChecks {

    private HouseholdChecks() {
    }

    /**
     * R-ANOM-08 — one household of the subtree paid in one campaign by two unions neither of which lies above the
     * other (a base union and its county both paying is the tree at work; two counties paying is a double claim,
     * seed 003: 谎报冒领). The union responsible is the file's.
     */
    @Component
    static final class PaidByTwoUnions extends SqlCheck {
        PaidByTwoUnions(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAID_BY_TWO_UNIONS, """
                    with paid as (
                        select l.id, l.file_id, l.campaign_id, l.amount, b.paying_union_id, po.path as payer_path,
                               po.name as payer_name
                          from disbursement_line l
                          join disbursement_batch b on b.id = l.batch_id
                          join organisation po on po.id = b.paying_union_id
                          join hardship_file f on f.id = l.file_id
                          join organisation o on o.id = f.organisation_id
                         where l.status = 'PAID' and o.path >= :lower and o.path < :upper
                    ), twice as (
                        select distinct a.file_id, a.campaign_id
                          from paid a
                          join paid b on b.file_id = a.file_id and b.campaign_id = a.campaign_id
                                     and b.paying_union_id > a.paying_union_id
                         where left(a.payer_path, length(b.payer_path)) <> b.payer_path
                           and left(b.payer_path, length(a.payer_path)) <> a.payer_path
                    )
                    select 'file:' || p.file_id || ':' || p.campaign_id as hit_key, min(f.organisation_id) as union_id,
                           sum(p.amount) as amount,
                           array_agg('disbursement_line/' || p.id order by p.id) || ('hardship_file/' || p.file_id) as records,
                           jsonb_build_object('worker', min(f.worker_name), 'campaign', min(c.name),
                                              'payers', jsonb_agg(distinct p.payer_name), 'lines', count(*),
                                              'paidAmount', sum(p.amount)) as evidence
                      from twice t
                      join paid p on p.file_id = t.file_id and p.campaign_id = t.campaign_id
                      join hardship_file f on f.id = p.file_id
                      join campaign c on c.id = p.campaign_id
                     group by p.file_id, p.campaign_id
                    """);
        }
    }

    /**
     * R-ANOM-09 — one household of the subtree paid more in a calendar year (the day each line was paid, in
     * Beijing), over every campaign and union, than the top union's yearly cap.
     */
    @Component
    static final class AboveYearlyCap extends SqlCheck {
        AboveYearlyCap(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.ABOVE_YEARLY_CAP, """
                    select 'file:' || y.file_id || ':' || y.year as hit_key, f.organisation_id as union_id,
                           y.total as amount, y.records || ('hardship_file/' || y.file_id) as records,
                           jsonb_build_object('worker', f.worker_name, 'year', y.year, 'lines', y.lines,
                                              'paidAmount', y.total, 'capAmount', cast(:yearlyCap as numeric)) as evidence
                      from (select l.file_id,
                                   extract(year from coalesce(h.handed_on, (r.imported_at at time zone 'Asia/Shanghai')::date,
                                                              (b.approved_at at time zone 'Asia/Shanghai')::date))::int as year,
                                   sum(l.amount) as total, count(*) as lines,
                                   array_agg('disbursement_line/' || l.id order by l.id) as records
                              from disbursement_line l
                              join disbursement_batch b on b.id = l.batch_id
                              join hardship_file lf on lf.id = l.file_id
                              join organisation o on o.id = lf.organisation_id
                              left join disbursement_handover h on h.line_id = l.id
                              left join bank_return r on r.id = l.settled_by_return
                             where l.status = 'PAID' and o.path >= :lower and o.path < :upper
                             group by 1, 2
                            having sum(l.amount) > cast(:yearlyCap as numeric)) y
                      join hardship_file f on f.id = y.file_id
                    """);
        }
    }

    /**
     * R-ANOM-10 — a bank transfer paid within the threshold's days after the file's card number was changed
     * (the file's history, domain.md §9.2): the change and the payment named, the card masked before and after.
     */
    @Component
    static final class CardChangedBeforePayment extends SqlCheck {
        CardChangedBeforePayment(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.CARD_CHANGED_BEFORE_PAYMENT, """
                    select 'line:' || p.line_id || ':' || c.history_id as hit_key, p.paying_union_id as union_id, p.amount,
                           array['disbursement_line/' || p.line_id, 'hardship_file/' || p.file_id] as records,
                           jsonb_build_object('worker', f.worker_name, 'changedOn', c.changed_on, 'changedBy', c.actor_name,
                                              'cardBefore', c.before_value, 'cardAfter', c.after_value, 'paidOn', p.paid_on,
                                              'days', p.paid_on - c.changed_on, 'paidAmount', p.amount) as evidence
                      from (""" + Fragments.PAID_LINES + """
                           ) p
                      join (select h.id as history_id, h.file_id, h.actor_name, ch.before_value, ch.after_value,
                                   (h.occurred_at at time zone 'Asia/Shanghai')::date as changed_on
                              from file_history h
                              join file_history_change ch on ch.history_id = h.id
                             where ch.field = 'bankCard' and ch.before_value is not null) c on c.file_id = p.file_id
                      join hardship_file f on f.id = p.file_id
                     where p.method = 'BANK_TRANSFER' and c.changed_on <= p.paid_on
                       and p.paid_on - c.changed_on <= cast(:cardChangeDays as integer)
                    """);
        }
    }
}
