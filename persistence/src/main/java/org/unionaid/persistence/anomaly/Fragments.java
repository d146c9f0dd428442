package org.unionaid.persistence.anomaly;

/**
 * Pieces of SQL several rules share, so that "paid", "the day it was paid" and "the file's union" mean the same
 * in each. Each rule is still one statement: these are inlined into it.
 */
final class Fragments {

    /**
     * Paid lines of batches paid by unions of the subtree, with the day they were paid: the handover's day for
     * cash and goods, the return file's import for bank transfers, else (lines settled before returns were
     * recorded per line) the batch's approval; and the visit a handover names (none before V42).
     */
    static final String PAID_LINES = """
            select l.id as line_id, l.file_id, l.amount, l.campaign_id, l.purpose, l.created_at, b.id as batch_id,
                   b.method, b.source, b.paying_union_id, o.path as paying_path, h.handed_on, h.handed_by, h.visit_id,
                   coalesce(h.handed_on, (r.imported_at at time zone 'Asia/Shanghai')::date,
                            (b.approved_at at time zone 'Asia/Shanghai')::date) as paid_on
              from disbursement_line l
              join disbursement_batch b on b.id = l.batch_id
              join organisation o on o.id = b.paying_union_id
              left join disbursement_handover h on h.line_id = l.id
              left join bank_return r on r.id = l.settled_by_return
             where l.status = 'PAID' and o.path >= :lower and o.path < :upper
            """;

    /** Files of unions of the subtree ({@code f}), with their union ({@code o}). */
    static final String FILES_IN_SCOPE = """
              from hardship_file f
              join organisation o on o.id = f.organisation_id
             where o.path >= :lower and o.path < :upper
            """;

    /** A file's last verification on or before {@code p.paid_on}: its yearly checks, else its approval. */
    static final String VERIFIED_AS_OF_PAYMENT = """
            case when f.last_verified_on <= p.paid_on then f.last_verified_on
                 else coalesce((select max((hv.occurred_at at time zone 'Asia/Shanghai')::date)
                                  from file_history hv
                                 where hv.file_id = f.id and hv.action = 'REVERIFIED'
                                   and (hv.occurred_at at time zone 'Asia/Shanghai')::date <= p.paid_on),
                               f.approved_on) end""";

    private Fragments() {
    }
}
