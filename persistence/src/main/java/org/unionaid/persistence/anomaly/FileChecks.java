package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/**
 * The rules on how files were decided, noticed and approved (domain.md §3–§4): one small class and one statement
 * each. The union responsible is the file's (the notice's, the batch's, the transfer's).
 */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * R-ANOM-17 — an approved file whose category is above what its recorded income supports (深度 at or above the
     * 低保 it was assessed against, 相对 at or above its multiple) without a higher union's confirmation (R-CAT-02),
     * or eligible although an exclusion is recorded (R-ELIG-01).
     */
    @Component
    static final class CategoryAboveIncome extends SqlCheck {
        CategoryAboveIncome(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.CATEGORY_ABOVE_INCOME, """
                    select 'file:' || f.id || ':' || f.confirmed_category as hit_key, f.organisation_id as union_id,
                           null::numeric as amount, array['hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'category', f.confirmed_category,
                                              'monthlyPerHeadAmount', f.monthly_per_head,
                                              'standardAmount', f.assessed_standard,
                                              'lineAmount', case when f.confirmed_category = 'RELATIVE'
                                                                 then round(f.assessed_standard * m.multiple, 2)
                                                                 else f.assessed_standard end,
                                              'exclusions', to_jsonb(f.exclusions), 'reason', f.category_reason,
                                              'status', f.status) as evidence
                      from hardship_file f
                      join organisation o on o.id = f.organisation_id
                      -- the relative multiple of the 低保 the file was assessed against (county, city, province; else 2)
                      cross join lateral (select coalesce((select s.relative_multiple from minimum_living_standard s
                                                            where s.year = f.assessed_year
                                                              and s.region_code in (o.region_code, left(o.region_code, 4) || '00',
                                                                                    left(o.region_code, 2) || '0000')
                                                            order by s.region_code = o.region_code desc,
                                                                     s.region_code = left(o.region_code, 4) || '00' desc
                                                            limit 1), 2) as multiple) m
                     where o.path >= :lower and o.path < :upper
                       and f.status in ('APPROVED', 'EXITED') and f.category_confirmed_by is null
                       and f.confirmed_category in ('DEEP', 'RELATIVE', 'ACCIDENT')
                       and (cardinality(f.exclusions) > 0
                            or (f.monthly_per_head is not null and f.assessed_standard is not null
                                and ((f.confirmed_category = 'DEEP' and f.monthly_per_head >= f.assessed_standard)
                                     or (f.confirmed_category = 'RELATIVE'
                                         and f.monthly_per_head >= round(f.assessed_standard * m.multiple, 2)))))
                    """);
        }
    }

    /**
     * R-ANOM-18 — a file approved without every required document uploaded by its approval day (R-APPR-04), or
     * without a consistent income check recorded by then (R-APPR-05).
     */
    @Component
    static final class ApprovedWithoutDocuments extends SqlCheck {
        ApprovedWithoutDocuments(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.APPROVED_WITHOUT_DOCUMENTS, """
                    select 'file:' || x.id as hit_key, x.organisation_id as union_id, null::numeric as amount,
                           array['hardship_file/' || x.id] as records,
                           jsonb_build_object('worker', x.worker_name, 'approvedOn', x.approved_on,
                                              'missingDocuments', to_jsonb(x.missing),
                                              'incomeCheck', coalesce(x.income_check_result, 'NONE'),
                                              'incomeCheckOn', x.income_check_on) as evidence
                      from (select f.id, f.organisation_id, f.worker_name, f.approved_on, f.income_check_result,
                                   f.income_check_on, f.income_check_recorded_at, f.category_decided_at,
                                   array(select k from unnest(array['APPLICATION', 'ID_COPY', 'HOUSEHOLD_REGISTER', 'HARDSHIP_PROOF']
                                                  || case when 'MEDICAL' = any(f.needs)
                                                          then array['HOSPITAL_DIAGNOSIS', 'INPATIENT_RECEIPT'] else '{}'::text[] end
                                                  || case when f.confirmed_category = 'ACCIDENT'
                                                          then array['ACCIDENT_PROOF'] else '{}'::text[] end) k
                                         where k <> all (coalesce(d.kinds, '{}'))) as missing
                              from hardship_file f
                              join organisation o on o.id = f.organisation_id
                              left join (select a.file_id, array_agg(distinct a.kind::text) as kinds
                                           from file_attachment a
                                           join hardship_file af on af.id = a.file_id
                                          where (a.uploaded_at at time zone 'Asia/Shanghai')::date <= af.approved_on
                                          group by a.file_id) d on d.file_id = f.id
                             where o.path >= :lower and o.path < :upper
                               and f.status in ('APPROVED', 'EXITED') and f.approved_on is not null) x
                     where cardinality(x.missing) > 0
                        or x.income_check_result is null or x.income_check_on > x.approved_on
                        or (x.income_check_result <> 'CONSISTENT' and x.income_check_recorded_at is not null
                            and (x.category_decided_at is null or x.category_decided_at <= x.income_check_recorded_at))
                    """);
        }
    }

    /** R-ANOM-19 — a file approved without a public notice that had ended and been closed by then (R-APPR-01). */
    @Component
    static final class ApprovedWithoutNotice extends SqlCheck {
        ApprovedWithoutNotice(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.APPROVED_WITHOUT_NOTICE, """
                    select 'file:' || f.id as hit_key, f.organisation_id as union_id, null::numeric as amount,
                           array['hardship_file/' || f.id] || case when n.id is null then '{}'::text[]
                                                                   else array['public_notice/' || n.id] end as records,
                           jsonb_build_object('worker', f.worker_name, 'approvedOn', f.approved_on,
                                              'startsOn', n.starts_on, 'endsOn', n.ends_on,
                                              'closedOn', (n.closed_at at time zone 'Asia/Shanghai')::date,
                                              'problem', case when n.id is null then 'NO_NOTICE'
                                                              when n.ends_on >= f.approved_on then 'NOT_ENDED'
                                                              else 'NOT_CLOSED' end) as evidence
                      from hardship_file f
                      join organisation o on o.id = f.organisation_id
                      left join public_notice n on n.id = f.notice_id
                     where o.path >= :lower and o.path < :upper
                       and f.status in ('APPROVED', 'EXITED') and f.approved_on is not null
                       and (n.id is null or n.ends_on >= f.approved_on or n.closed_at is null
                            or (n.closed_at at time zone 'Asia/Shanghai')::date > f.approved_on)
                    """);
        }
    }

    /** R-ANOM-20 — a notice shorter than the minimum working days (R-NOTICE-03), or posted after its first day (R-NOTICE-01). */
    @Component
    static final class NoticeShortOrLate extends SqlCheck {
        NoticeShortOrLate(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.NOTICE_SHORT_OR_LATE, """
                    select 'notice:' || n.id as hit_key, n.organisation_id as union_id, null::numeric as amount,
                           array['public_notice/' || n.id] as records,
                           jsonb_build_object('startsOn', n.starts_on, 'endsOn', n.ends_on, 'workingDays', n.working_days,
                                              'minimumDays', cast(:noticeMinimumDays as integer),
                                              'postedOn', (n.created_at at time zone 'Asia/Shanghai')::date,
                                              'files', (select count(*) from hardship_file nf where nf.notice_id = n.id),
                                              'problem', case when n.working_days < cast(:noticeMinimumDays as integer)
                                                              then 'TOO_SHORT' else 'POSTED_LATE' end) as evidence
                      from public_notice n
                      join organisation o on o.id = n.organisation_id
                     where o.path >= :lower and o.path < :upper
                       and (n.working_days < cast(:noticeMinimumDays as integer)
                            or (n.created_at at time zone 'Asia/Shanghai')::date > n.starts_on)
                    """);
        }
    }

    /**
     * R-ANOM-21 — maker = checker anywhere (R-MC-01): a file approved by one who opened, imported, submitted,
     * revised, decided or noticed it; a category confirmed by the one who decided it; a batch approved by its maker;
     * a balance transfer decided by its requester.
     */
    @Component
    static final class MakerIsChecker extends SqlCheck {
        MakerIsChecker(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.MAKER_IS_CHECKER, """
                    select 'file:' || a.file_id || ':approved' as hit_key, min(f.organisation_id) as union_id,
                           null::numeric as amount, array['hardship_file/' || a.file_id] as records,
                           jsonb_build_object('document', 'FILE_APPROVAL', 'worker', min(f.worker_name),
                                              'person', min(a.actor_name),
                                              'approvedOn', min((a.occurred_at at time zone 'Asia/Shanghai')::date),
                                              'alsoDid', jsonb_agg(distinct m.action)) as evidence
                      from file_history a
                      join file_history m on m.file_id = a.file_id and m.actor_id = a.actor_id
                                         and m.action in ('OPENED', 'IMPORTED', 'SUBMITTED', 'REVISED', 'CATEGORY_DECIDED',
                                                          'NOTICE_STARTED', 'NOTICE_PASSED')
                      join hardship_file f on f.id = a.file_id
                      join organisation o on o.id = f.organisation_id
                     where a.action = 'APPROVED' and o.path >= :lower and o.path < :upper
                     group by a.file_id
                    union all
                    select 'file:' || f.id || ':category', f.organisation_id, null::numeric, array['hardship_file/' || f.id],
                           jsonb_build_object('document', 'CATEGORY_CONFIRMATION', 'worker', f.worker_name,
                                              'person', u.display_name, 'category', f.confirmed_category)
                      from hardship_file f
                      join organisation o on o.id = f.organisation_id
                      join user_account u on u.id = f.category_confirmed_by
                     where f.category_confirmed_by = f.category_decided_by and o.path >= :lower and o.path < :upper
                    union all
                    select 'batch:' || b.id, b.paying_union_id, null::numeric, array['disbursement_batch/' || b.id],
                           jsonb_build_object('document', 'BATCH_APPROVAL', 'person', u.display_name)
                      from disbursement_batch b
                      join organisation o on o.id = b.paying_union_id
                      join user_account u on u.id = b.approved_by
                     where b.approved_by = b.created_by and o.path >= :lower and o.path < :upper
                    union all
                    select 'transfer:' || t.id, t.organisation_id, t.amount, array['balance_transfer/' || t.id],
                           jsonb_build_object('document', 'TRANSFER_DECISION', 'person', u.display_name)
                      from balance_transfer t
                      join organisation o on o.id = t.organisation_id
                      join user_account u on u.id = t.decided_by
                     where t.decided_by = t.requested_by and o.path >= :lower and o.path < :upper
                    """);
        }
    }
}
