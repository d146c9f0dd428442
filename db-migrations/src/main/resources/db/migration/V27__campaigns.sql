-- Campaigns (活动), e.g. 2027年元旦春节送温暖: a period, the organising union, a reporting deadline, the
-- payment standard per hardship category and purpose, and the fund sources each purpose may use.
create sequence campaign_seq;

create table campaign (
    id                        bigint        primary key,
    name                      varchar(100)  not null,
    year                      integer       not null check (year between 2000 and 2100),
    starts_on                 date          not null,
    ends_on                   date          not null,
    organisation_id           bigint        not null references organisation (id),
    reporting_deadline        date          not null,
    -- 学生基本生活费 per month: study aid from central special money is capped at 10 months of it a year
    study_living_cost_monthly numeric(14,2) check (study_living_cost_monthly > 0),
    created_by                bigint        not null references user_account (id),
    created_at                timestamptz   not null,
    check (ends_on >= starts_on),
    check (reporting_deadline >= starts_on),
    unique (organisation_id, name)
);

create table campaign_standard (
    campaign_id bigint        not null references campaign (id),
    category    varchar(16)   not null check (category in ('DEEP', 'RELATIVE', 'ACCIDENT')),
    purpose     varchar(16)   not null,
    amount      numeric(14,2) not null check (amount > 0),
    primary key (campaign_id, category, purpose)
);

create table campaign_source (
    campaign_id bigint      not null references campaign (id),
    purpose     varchar(16) not null,
    source      varchar(24) not null,
    primary key (campaign_id, purpose, source)
);
