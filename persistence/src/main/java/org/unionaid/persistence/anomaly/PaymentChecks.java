package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/**
 * The rules on the file a payment reached, as the file stood on the day it was paid (the day of the handover or
 * of the bank's return): one small class and one statement each. The union responsible is the paying union.
 */
final class PaymentChecks {

    private PaymentChecks() {
    }

    /** R-ANOM-04 — paid to a file not approved on the day it was paid (seed 002: 先建档，后帮扶). */
    @Component
    static final class PaidBeforeApproval extends SqlCheck {
        PaidBeforeApproval(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAID_BEFORE_APPROVAL, """
                    select 'line:' || p.line_id as hit_key, p.paying_union_id as union_id, p.amount,
                           array['disbursement_line/' || p.line_id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'paidOn', p.paid_on, 'approvedOn', f.approved_on,
                                              'status', f.status, 'paidAmount', p.amount) as evidence
                      from (""" + Fragments.PAID_LINES + """
                           ) p
                      join hardship_file f on f.id = p.file_id
                     where f.approved_on is null or f.approved_on > p.paid_on
                    """);
        }
    }

    /** R-ANOM-05 — paid to a file exited (已脱困) or cancelled (已注销) on or before the day it was paid. */
    @Component
    static final class PaidAfterClosing extends SqlCheck {
        PaidAfterClosing(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAID_AFTER_CLOSING, """
                    select 'line:' || p.line_id as hit_key, p.paying_union_id as union_id, p.amount,
                           array['disbursement_line/' || p.line_id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'paidOn', p.paid_on, 'closedOn', f.closed_on,
                                              'status', f.status, 'exitReason', f.exit_reason, 'paidAmount', p.amount) as evidence
                      from (""" + Fragments.PAID_LINES + """
                           ) p
                      join hardship_file f on f.id = p.file_id
                     where f.closed_on is not null and f.closed_on <= p.paid_on
                    """);
        }
    }

    /**
     * R-ANOM-06 — paid while the household was proposed for exit: income per head above the 低保 in force (county,
     * else city, else province, as R-PAY-10 reads it) in each of the six full months before the month it was paid,
     * and the proposal not rejected nor the file re-verified before the payment.
     */
    @Component
    static final class PaidWhileExitProposed extends SqlCheck {
        PaidWhileExitProposed(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAID_WHILE_EXIT_PROPOSED, """
                    select 'line:' || p.line_id as hit_key, p.paying_union_id as union_id, p.amount,
                           array['disbursement_line/' || p.line_id, 'hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'paidOn', p.paid_on,
                                              'windowFromOn', min(a.month), 'windowToOn', max(a.month),
                                              'monthsAbove', count(*), 'paidAmount', p.amount) as evidence
                      from (""" + Fragments.PAID_LINES + """
                           ) p
                      join (select m.file_id, m.month
                              from monthly_income m
                              join hardship_file mf on mf.id = m.file_id
                              join organisation mo on mo.id = mf.organisation_id
                             where round(m.household_income / m.household_size, 2) >
                                   (select s.monthly_amount from minimum_living_standard s
                                     where s.year = extract(year from m.month)::int
                                       and s.region_code in (mo.region_code, left(mo.region_code, 4) || '00',
                                                             left(mo.region_code, 2) || '0000')
                                     order by s.region_code = mo.region_code desc,
                                              s.region_code = left(mo.region_code, 4) || '00' desc
                                     limit 1)) a
                        on a.file_id = p.file_id
                       and a.month >= (date_trunc('month', p.paid_on) - make_interval(months => :exitMonths))::date
                       and a.month < date_trunc('month', p.paid_on)::date
                      join hardship_file f on f.id = p.file_id
                     where not exists (select 1 from file_history d
                                        where d.file_id = f.id and d.action in ('EXIT_REJECTED', 'REVERIFIED')
                                          and (d.occurred_at at time zone 'Asia/Shanghai')::date
                                              between (date_trunc('month', p.paid_on) - make_interval(months => :exitMonths))::date
                                                  and p.paid_on)
                     group by p.line_id, p.paying_union_id, p.amount, p.paid_on, f.id, f.worker_name
                    having count(*) = :exitMonths
                    """);
        }
    }

    /** R-ANOM-07 — paid while the file was a year or more past its last verification (R-PAY-12). */
    @Component
    static final class PaidOverdueReverification extends SqlCheck {
        PaidOverdueReverification(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAID_OVERDUE_REVERIFICATION, """
                    select 'line:' || v.line_id as hit_key, v.paying_union_id as union_id, v.amount,
                           array['disbursement_line/' || v.line_id, 'hardship_file/' || v.file_id] as records,
                           jsonb_build_object('worker', v.worker_name, 'paidOn', v.paid_on, 'verifiedOn', v.verified_on,
                                              'dueOn', (v.verified_on + interval '1 year')::date, 'paidAmount', v.amount) as evidence
                      from (select p.*, f.worker_name, """ + Fragments.VERIFIED_AS_OF_PAYMENT + """
                                    as verified_on
                              from (""" + Fragments.PAID_LINES + """
                                   ) p
                              join hardship_file f on f.id = p.file_id
                             where f.approved_on is not null and f.approved_on <= p.paid_on) v
                     where v.verified_on is not null and (v.verified_on + interval '1 year')::date <= v.paid_on
                    """);
        }
    }
}
