-- Eligibility gates (docs/rules.md, R-CAT-*, R-LEVEL-*, R-APPR-*, R-ELIG-*, R-PAY-*): what a file needs
-- recorded so that approval and payment can be refused with a reason instead of trusted.

alter table hardship_file
    -- R-LEVEL-01: the clerk's level is a proposal; the level in effect is confirmed by an approver of a union
    -- at that level or above (null: not confirmed yet).
    add column confirmed_level          varchar(16) check (confirmed_level in ('NATIONAL', 'PROVINCIAL',
                                                           'PREFECTURAL', 'COUNTY', 'BASE')),
    add column level_confirmed_by       bigint references user_account (id),
    -- R-CAT-02: who decided the category, when, and whether the decision is above what the income supports;
    -- such a decision counts once an approver of a higher union confirms it with a written reason.
    add column category_decided_by      bigint references user_account (id),
    add column category_decided_at      timestamptz,
    add column category_above_income    boolean not null default false,
    add column category_confirmed_by    bigint references user_account (id),
    add column category_confirmed_at    timestamptz,
    add column category_confirmation    varchar(500),
    -- R-APPR-05: an income check that is not consistent blocks approval until the category is decided after it.
    add column income_check_recorded_at timestamptz,
    -- R-PAY-11: files approved after a campaign's filing deadline are not eligible for it.
    add column approved_on              date,
    -- R-ELIG-02/03: union membership, and the start of the labour relationship (农民工: at least a year).
    add column union_member             boolean,
    add column employed_since           date,
    -- R-PAY-10: an exit proposal rejected with a reason, for the six-month window starting on this month.
    add column exit_rejected_window     date,
    add column exit_rejected_reason     varchar(500);

-- Files approved before these columns existed: their approval day from the history. Their level stays
-- unconfirmed: central and provincial money wait until an approver at that level confirms it.
update hardship_file f
   set approved_on = (select (max(h.occurred_at) at time zone 'Asia/Shanghai')::date
                        from file_history h where h.file_id = f.id and h.action = 'APPROVED')
 where f.status in ('APPROVED', 'EXITED');

update hardship_file
   set category_decided_at = updated_at
 where confirmed_category is not null;

-- The document proving a sudden event (意外事件证明及费用单据) for the 意外致困 path (R-CAT-03).
alter table file_attachment drop constraint file_attachment_kind_check;
alter table file_attachment add constraint file_attachment_kind_check
    check (kind in ('APPLICATION', 'ID_COPY', 'HOUSEHOLD_REGISTER', 'HARDSHIP_PROOF', 'HOSPITAL_DIAGNOSIS',
                    'INPATIENT_RECEIPT', 'ACCIDENT_PROOF', 'OTHER'));

-- Seed 003: 如有未报或着不合格的视为自动放弃 — a campaign may set the day files must be approved by.
alter table campaign add column filing_deadline date;
