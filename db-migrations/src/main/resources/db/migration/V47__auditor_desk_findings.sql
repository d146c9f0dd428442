-- Audit findings (审计发现) and their rectification (整改), issue 16. An auditor raises a finding on records of
-- the subtree, with a note and the union responsible; that union's staff answer with the rectification and its
-- evidence; an auditor of the raising union or above confirms it closed, or returns it. A finding and its steps
-- are never changed or removed (R-AUDIT-06): its state is its latest step.
create sequence finding_seq;
create table finding (
    id                 bigint        primary key,
    union_id           bigint        not null references organisation (id),
    union_path         varchar(1000) collate "C" not null,
    title              varchar(200)  not null check (btrim(title) <> ''),
    note               varchar(2000) not null check (btrim(note) <> ''),
    records            varchar(80)[] not null,
    -- the hit it came from, when it came from one
    run_id             bigint        references anomaly_run (id),
    rule               varchar(40),
    hit_key            varchar(200),
    raised_by          bigint        not null references user_account (id),
    raised_union_id    bigint        not null references organisation (id),
    raised_union_path  varchar(1000) collate "C" not null,
    raised_at          timestamptz   not null,
    -- R-AUDIT-04: the union responsible lies in the raising auditor's subtree
    check (union_path like raised_union_path || '%'),
    check ((run_id is null) = (rule is null) and (rule is null) = (hit_key is null))
);
-- Findings of a subtree (an auditor's, or the responsible union's own): one range scan.
create index finding_union_path_idx on finding (union_path, raised_at desc);
create index finding_hit_idx on finding (rule, hit_key) where rule is not null;

create sequence finding_step_seq;
create table finding_step (
    id         bigint        primary key,
    finding_id bigint        not null references finding (id),
    kind       varchar(10)   not null check (kind in ('ANSWERED', 'RETURNED', 'CONFIRMED')),
    text       varchar(2000) not null check (btrim(text) <> ''),
    taken_by   bigint        not null references user_account (id),
    union_id   bigint        not null references organisation (id),
    taken_at   timestamptz   not null
);
create index finding_step_finding_idx on finding_step (finding_id, id);

-- The evidence of a rectification: documents proven by their first bytes, like a file's (PDF, JPEG, PNG).
create sequence finding_evidence_seq;
create table finding_evidence (
    id           bigint       primary key,
    step_id      bigint       not null references finding_step (id),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       bytea        not null,
    content      bytea        not null
);
create index finding_evidence_step_idx on finding_evidence (step_id);

create trigger finding_append_only before update or delete on finding
    for each row execute function refuse_history_change();
create trigger finding_step_append_only before update or delete on finding_step
    for each row execute function refuse_history_change();
create trigger finding_evidence_append_only before update or delete on finding_evidence
    for each row execute function refuse_history_change();
create trigger finding_no_truncate before truncate on finding
    for each statement execute function refuse_history_change();
create trigger finding_step_no_truncate before truncate on finding_step
    for each statement execute function refuse_history_change();
create trigger finding_evidence_no_truncate before truncate on finding_evidence
    for each statement execute function refuse_history_change();
