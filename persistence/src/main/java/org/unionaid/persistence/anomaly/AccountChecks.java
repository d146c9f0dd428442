package org.unionaid.persistence.anomaly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyRule;

/** The rules on bank cards, phones and payees: one small class and one statement each. */
final class AccountChecks {

    private AccountChecks() {
    }

    /**
     * R-ANOM-01 — one bank card (its blind index) on the active files of more than one household, at least one of
     * them in the subtree: the files of the subtree are the records; other unions are named, not their files. The
     * union responsible is the one that filed the card last.
     */
    @Component
    static final class SharedCard extends SqlCheck {
        SharedCard(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.SHARED_CARD, """
                    select 'card:' || left(encode(c.card, 'hex'), 16) || ':' || md5(string_agg(c.id::text, ',' order by c.id)) as hit_key,
                           (array_agg(c.organisation_id order by c.created_at desc, c.id desc) filter (where c.inside))[1] as union_id,
                           null::numeric as amount,
                           array_agg('hardship_file/' || c.id order by c.id) filter (where c.inside) as records,
                           jsonb_build_object('card', min(c.bank_card_masked), 'households', count(*),
                                              'workers', jsonb_agg(c.worker_name order by c.id) filter (where c.inside),
                                              'otherUnions', coalesce(jsonb_agg(distinct c.union_name) filter (where not c.inside), '[]'::jsonb)) as evidence
                      from (select f.id, f.organisation_id, f.created_at, f.bank_card_index as card, f.bank_card_masked,
                                   f.worker_name, o.name as union_name, o.path >= :lower and o.path < :upper as inside
                              from hardship_file f join organisation o on o.id = f.organisation_id
                             where f.bank_card_index is not null and f.status not in ('EXITED', 'CANCELLED')) c
                     group by c.card
                    having count(*) > 1 and bool_or(c.inside)
                    """);
        }
    }

    /** R-ANOM-02 — one phone number (its digits) on the active files of more than one household; shown masked. */
    @Component
    static final class SharedPhone extends SqlCheck {
        SharedPhone(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.SHARED_PHONE, """
                    select 'phone:' || md5(c.phone) || ':' || md5(string_agg(c.id::text, ',' order by c.id)) as hit_key,
                           (array_agg(c.organisation_id order by c.created_at desc, c.id desc) filter (where c.inside))[1] as union_id,
                           null::numeric as amount,
                           array_agg('hardship_file/' || c.id order by c.id) filter (where c.inside) as records,
                           jsonb_build_object('phone', left(c.phone, 3) || '****' || right(c.phone, 4), 'households', count(*),
                                              'workers', jsonb_agg(c.worker_name order by c.id) filter (where c.inside),
                                              'otherUnions', coalesce(jsonb_agg(distinct c.union_name) filter (where not c.inside), '[]'::jsonb)) as evidence
                      from (select f.id, f.organisation_id, f.created_at, regexp_replace(f.phone, '[^0-9]', '', 'g') as phone,
                                   f.worker_name, o.name as union_name, o.path >= :lower and o.path < :upper as inside
                              from hardship_file f join organisation o on o.id = f.organisation_id
                             where f.phone is not null and f.status not in ('EXITED', 'CANCELLED')) c
                     where length(c.phone) >= 7
                     group by c.phone
                    having count(*) > 1 and bool_or(c.inside)
                    """);
        }
    }

    /** R-ANOM-03 — an active file whose card holder is not the worker (seed 000: 实名制). */
    @Component
    static final class PayeeNotHolder extends SqlCheck {
        PayeeNotHolder(JdbcClient jdbc) {
            super(jdbc, AnomalyRule.PAYEE_NOT_HOLDER, """
                    select 'file:' || f.id || ':' || md5(f.bank_holder) as hit_key, f.organisation_id as union_id,
                           null::numeric as amount, array['hardship_file/' || f.id] as records,
                           jsonb_build_object('worker', f.worker_name, 'holder', f.bank_holder, 'card', f.bank_card_masked,
                                              'status', f.status) as evidence
                    """ + Fragments.FILES_IN_SCOPE + """
                       and f.bank_holder is not null and f.status not in ('EXITED', 'CANCELLED')
                       and btrim(f.bank_holder) <> btrim(f.worker_name)
                    """);
        }
    }
}
