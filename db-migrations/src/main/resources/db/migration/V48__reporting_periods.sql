-- Reporting periods (报表期, docs/rules.md R-STAT-01 to R-STAT-04, R-STAT-08): the top union defines a period — a
-- festival season such as 2027年元旦春节送温暖 — with its tables and a deadline per level, and every union of the
-- tree reports its own figures from every campaign that starts in the period, plus its accepted children, to the
-- level above (seeds 000, 002, 003). Tables were kept per campaign and its organiser's subtree before (V33).

create sequence reporting_period_seq;

create table reporting_period (
    id              bigint       primary key,
    -- the union that defines it; every union of its subtree takes part
    organisation_id bigint       not null references organisation (id),
    name            varchar(100) not null,
    year            integer      not null check (year between 2000 and 2100),
    starts_on       date         not null,
    ends_on         date         not null,
    -- the defining union's own combined table is due (汇总上报); a level without a deadline of its own uses it
    final_deadline  date         not null,
    created_by      bigint       not null references user_account (id),
    created_at      timestamptz  not null,
    check (ends_on >= starts_on),
    check (final_deadline >= starts_on),
    unique (organisation_id, name)
);

create index reporting_period_organisation_idx on reporting_period (organisation_id, starts_on desc);

-- R-STAT-08: the tables of a period, each in the layout (definition) in force for the period's year when it was
-- defined. Never changed afterwards: a new year's layout is a new definition for a new period.
create table reporting_period_form (
    period_id  bigint      not null references reporting_period (id),
    form       varchar(16) not null,
    definition varchar(32) not null,
    primary key (period_id, form)
);

create trigger reporting_period_form_append_only
    before update or delete on reporting_period_form
    for each row execute function refuse_history_change();

-- R-STAT-01: the day each level's table is due at its parent.
create table reporting_period_deadline (
    period_id bigint      not null references reporting_period (id),
    level     varchar(20) not null check (level in ('NATIONAL', 'PROVINCE', 'PROVINCIAL_ORGANS', 'CITY', 'COUNTY',
                                                    'INDUSTRY', 'BASE')),
    due_on    date        not null,
    primary key (period_id, level)
);

-- The layout used before V48 carries its year: 2026. Its codes named the year the forms were first drawn up for.
update report_table set definition = case definition when 'WARMTH_2027' then 'WARMTH-2026'
                                                     when 'CENTRE_2027' then 'CENTRE-2026' else definition end;

-- One period for each campaign that has tables or reminders: its organiser, name, dates and reporting deadline.
insert into reporting_period (id, organisation_id, name, year, starts_on, ends_on, final_deadline, created_by,
                              created_at)
select nextval('reporting_period_seq'), c.organisation_id, c.name, c.year, c.starts_on, c.ends_on,
       c.reporting_deadline, c.created_by, c.created_at
  from campaign c
 where exists (select 1 from report_table t where t.campaign_id = c.id)
    or exists (select 1 from report_reminder r where r.campaign_id = c.id);

alter table report_table
    add column period_id bigint references reporting_period (id),
    add column form      varchar(16);

update report_table t set period_id = p.id, form = split_part(t.definition, '-', 1)
  from campaign c join reporting_period p on p.organisation_id = c.organisation_id and p.name = c.name
 where t.campaign_id = c.id;

insert into reporting_period_form (period_id, form, definition)
select distinct period_id, form, definition from report_table;

-- campaign_id stays for the tables kept per campaign before V48; a period's table has none.
alter table report_table
    alter column campaign_id drop not null,
    alter column period_id set not null,
    alter column form set not null,
    drop constraint report_table_campaign_id_definition_organisation_id_key,
    add constraint report_table_once unique (period_id, form, organisation_id);

create index report_table_organisation_idx on report_table (organisation_id, period_id);

-- R-STAT-03: the written summary (书面总结, 送温暖报告) a union sends with its tables, typed or uploaded (PDF, Word).
-- An uploaded document is kept as uploaded, never changed; the draft names the one in force.
create sequence report_summary_document_seq;

create table report_summary_document (
    id              bigint       primary key,
    period_id       bigint       not null references reporting_period (id),
    organisation_id bigint       not null references organisation (id),
    filename        varchar(200) not null,
    content_type    varchar(100) not null,
    content         bytea        not null,
    size_bytes      integer      not null check (size_bytes between 1 and 10485760),
    sha256          varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by     bigint       not null references user_account (id),
    uploaded_at     timestamptz  not null
);

create index report_summary_document_idx on report_summary_document (period_id, organisation_id);

create trigger report_summary_document_append_only
    before update or delete on report_summary_document
    for each row execute function refuse_history_change();

create table report_summary (
    period_id       bigint        not null references reporting_period (id),
    organisation_id bigint        not null references organisation (id),
    text            varchar(20000),
    document_id     bigint        references report_summary_document (id),
    updated_by      bigint        not null references user_account (id),
    updated_at      timestamptz   not null,
    primary key (period_id, organisation_id),
    check (text is not null or document_id is not null)
);

-- A version freezes the layout it was computed in (R-STAT-08) and the written summary it was sent with
-- (R-STAT-03). Versions submitted before V48 had no summary: the check binds the rows written from now on.
alter table report_version
    add column definition          varchar(32),
    add column summary_text        varchar(20000),
    add column summary_document_id bigint references report_summary_document (id);

alter table report_version disable trigger report_version_frozen;
update report_version v set definition = t.definition from report_table t where t.id = v.table_id;
alter table report_version enable trigger report_version_frozen;

alter table report_version
    alter column definition set not null,
    add constraint report_version_summary_given check (summary_text is not null or summary_document_id is not null)
        not valid;

create or replace function refuse_report_version_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or new.table_id <> old.table_id or new.number <> old.number or new.sha256 <> old.sha256
        or new.submitted_by <> old.submitted_by or new.submitted_at <> old.submitted_at or new.late <> old.late
        or new.definition is distinct from old.definition or new.summary_text is distinct from old.summary_text
        or new.summary_document_id is distinct from old.summary_document_id
        or old.decision is not null then
        raise exception 'report_version % is frozen: % refused', old.id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

-- 催报 per period and table.
alter table report_reminder
    add column period_id bigint references reporting_period (id),
    add column form      varchar(16);

update report_reminder r set period_id = p.id,
       form = split_part(case r.definition when 'WARMTH_2027' then 'WARMTH-2026'
                                           when 'CENTRE_2027' then 'CENTRE-2026' else r.definition end, '-', 1)
  from campaign c join reporting_period p on p.organisation_id = c.organisation_id and p.name = c.name
 where r.campaign_id = c.id;

alter table report_reminder
    alter column campaign_id drop not null,
    alter column definition drop not null,
    alter column period_id set not null,
    alter column form set not null;

create index report_reminder_period_idx on report_reminder (organisation_id, period_id, form, sent_at desc);
