-- 低保标准 and the thresholds derived from it, per division and year: reference data an admin
-- maintains, used to suggest a hardship file's category (DOMAIN §3).
create sequence minimum_living_standard_seq;

create table minimum_living_standard (
    id                  bigint        primary key,
    region_code         varchar(6)    not null references region (code),
    year                integer       not null check (year between 2000 and 2100),
    -- yuan per person per month, e.g. 1,120.00 in 杭州 2025
    monthly_amount      numeric(14,2) not null check (monthly_amount > 0),
    -- 相对困难: income per head below this multiple of the standard (published practice: 2)
    relative_multiple   numeric(4,2)  not null default 2.00 check (relative_multiple >= 1),
    -- 意外致困: costs after insurance and aid above this share of yearly household income (e.g. 0.80)
    accident_cost_share numeric(3,2)  not null default 0.80 check (accident_cost_share > 0 and accident_cost_share <= 1),
    document            varchar(200),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    unique (region_code, year)
);
