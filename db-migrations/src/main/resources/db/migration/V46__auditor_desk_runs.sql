-- The auditor's desk (经审, issue 16): anomaly rules run over a subtree, their results kept with the run's time
-- and each rule's version; hits an auditor dismissed with a reason; the thresholds the rules use; and
-- reproducible samples for spot checks. Nothing here is business data: a run reads the business tables and
-- writes only these (R-AUDIT-01). Results, dismissals, threshold changes and samples are append-only.

-- R-AUDIT-03: the thresholds of the anomaly rules are settings of the top union, one row per change; the latest
-- row of a key counts. The shipped defaults are the first rows (changed_by null).
create table audit_setting (
    id         bigint        generated always as identity primary key,
    key        varchar(40)   not null check (key ~ '^[A-Z][A-Z_]*$'),
    value      numeric(14,2) not null check (value >= 0),
    changed_by bigint        references user_account (id),
    changed_at timestamptz   not null,
    reason     varchar(500)
);
create index audit_setting_key_idx on audit_setting (key, id desc);
insert into audit_setting (key, value, changed_at, reason)
values ('CARD_CHANGE_DAYS', 30, now(), '默认值'),
       ('ROUND_CASH_THRESHOLD', 1000, now(), '默认值'),
       ('ROUND_CASH_UNIT', 100, now(), '默认值'),
       ('YEARLY_CAP', 10000, now(), '默认值'),
       ('NOTICE_MINIMUM_DAYS', 5, now(), '默认值'),
       ('UNSPENT_GRACE_DAYS', 30, now(), '默认值'),
       ('SAMPLE_PERCENT', 30, now(), '默认值');

-- One run of every rule over a subtree: started by an auditor (or the nightly job, started_by null), its
-- progress (rules done of rules total), the day it judged as "today" and the thresholds it used.
create sequence anomaly_run_seq;
create table anomaly_run (
    id             bigint        primary key,
    scope_union_id bigint        not null references organisation (id),
    scope_path     varchar(1000) collate "C" not null,
    started_by     bigint        references user_account (id),
    started_at     timestamptz   not null,
    as_of          date          not null,
    settings       jsonb         not null,
    rules_total    integer       not null check (rules_total >= 0),
    rules_done     integer       not null default 0,
    status         varchar(10)   not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
    -- taken by the one executor that runs it, whichever node and however many auditors asked for it at once
    executing      boolean       not null default false,
    finished_at    timestamptz,
    failure        varchar(500),
    check (rules_done between 0 and rules_total),
    check ((status = 'RUNNING') = (finished_at is null))
);
create index anomaly_run_scope_idx on anomaly_run (scope_path, started_at desc);

-- A run only moves forward: taken by its executor once, more rules done, then finished once. Nothing else of it changes, and it is never
-- removed.
create function anomaly_run_moves_forward() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or old.status <> 'RUNNING' or new.rules_done < old.rules_done
            or (old.executing and not new.executing)
            or (new.id, new.scope_union_id, new.scope_path, new.started_by, new.started_at, new.as_of, new.settings,
                new.rules_total)
               is distinct from
               (old.id, old.scope_union_id, old.scope_path, old.started_by, old.started_at, old.as_of, old.settings,
                old.rules_total) then
        raise exception 'anomaly run % only moves forward while it runs: % refused', old.id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger anomaly_run_forward_only
    before update or delete on anomaly_run
    for each row execute function anomaly_run_moves_forward();
create trigger anomaly_run_no_truncate
    before truncate on anomaly_run
    for each statement execute function refuse_history_change();

-- Each rule of a run: its version (a changed rule gets a new one, so old results say which rule found them),
-- how many hits, how long it took.
create table anomaly_run_rule (
    run_id     bigint      not null references anomaly_run (id),
    rule       varchar(40) not null,
    version    integer     not null check (version >= 1),
    hits       integer     not null check (hits >= 0),
    started_at timestamptz not null,
    elapsed_ms bigint      not null check (elapsed_ms >= 0),
    primary key (run_id, rule)
);

-- A hit: what made a record a hit (evidence: named figures, never a full ID or card number), the records it
-- concerns ('hardship_file/12', 'disbursement_line/340'), and the union responsible for it. hit_key names the
-- hit the same way in every run, so a dismissal holds for later runs while the hit stays the same.
create table anomaly_hit (
    run_id     bigint        not null references anomaly_run (id),
    rule       varchar(40)   not null,
    hit_key    varchar(200)  not null,
    union_id   bigint        not null references organisation (id),
    union_path varchar(1000) collate "C" not null,
    amount     numeric(14,2),
    records    varchar(80)[] not null,
    evidence   jsonb         not null,
    primary key (run_id, rule, hit_key)
);
-- An auditor's view of a run is the hits of the unions in the auditor's subtree: one range per run.
create index anomaly_hit_scope_idx on anomaly_hit (run_id, union_path);

-- R-AUDIT-07: a hit dismissed with a reason by an auditor does not return for that auditor's union and the
-- unions below it while its key stays the same. Auditors above see it, with the reason.
create sequence anomaly_dismissal_seq;
create table anomaly_dismissal (
    id           bigint        primary key,
    rule         varchar(40)   not null,
    hit_key      varchar(200)  not null,
    union_id     bigint        not null references organisation (id),
    union_path   varchar(1000) collate "C" not null,
    run_id       bigint        not null references anomaly_run (id),
    reason       varchar(500)  not null check (btrim(reason) <> ''),
    dismissed_by bigint        not null references user_account (id),
    dismissed_at timestamptz   not null,
    unique (rule, hit_key, union_id)
);

-- R-AUDIT-09: a sample for spot checks (抽查): drawn from a population (paid lines of a campaign, or approved
-- files) of a subtree by a recorded seed, so that the same seed over the same population draws the same items.
create sequence audit_sample_seq;
create table audit_sample (
    id             bigint        primary key,
    kind           varchar(12)   not null check (kind in ('PAID_LINES', 'FILES')),
    scope_union_id bigint        not null references organisation (id),
    scope_path     varchar(1000) collate "C" not null,
    campaign_id    bigint        references campaign (id),
    seed           bigint        not null,
    percent        numeric(5,2)  not null check (percent > 0 and percent <= 100),
    population     integer       not null check (population >= 0),
    drawn_by       bigint        not null references user_account (id),
    drawn_at       timestamptz   not null,
    check ((kind = 'PAID_LINES') = (campaign_id is not null))
);
create index audit_sample_scope_idx on audit_sample (scope_path, drawn_at desc);
create table audit_sample_item (
    sample_id   bigint      not null references audit_sample (id),
    position    integer     not null check (position >= 1),
    record_type varchar(40) not null,
    record_id   bigint      not null,
    primary key (sample_id, position)
);

create trigger audit_setting_append_only before update or delete on audit_setting
    for each row execute function refuse_history_change();
create trigger anomaly_run_rule_append_only before update or delete on anomaly_run_rule
    for each row execute function refuse_history_change();
create trigger anomaly_hit_append_only before update or delete on anomaly_hit
    for each row execute function refuse_history_change();
create trigger anomaly_dismissal_append_only before update or delete on anomaly_dismissal
    for each row execute function refuse_history_change();
create trigger audit_sample_append_only before update or delete on audit_sample
    for each row execute function refuse_history_change();
create trigger audit_sample_item_append_only before update or delete on audit_sample_item
    for each row execute function refuse_history_change();
create trigger audit_desk_no_truncate before truncate on audit_setting
    for each statement execute function refuse_history_change();
create trigger anomaly_hit_no_truncate before truncate on anomaly_hit
    for each statement execute function refuse_history_change();
create trigger anomaly_run_rule_no_truncate before truncate on anomaly_run_rule
    for each statement execute function refuse_history_change();
create trigger anomaly_dismissal_no_truncate before truncate on anomaly_dismissal
    for each statement execute function refuse_history_change();
create trigger audit_sample_no_truncate before truncate on audit_sample
    for each statement execute function refuse_history_change();
create trigger audit_sample_item_no_truncate before truncate on audit_sample_item
    for each statement execute function refuse_history_change();
