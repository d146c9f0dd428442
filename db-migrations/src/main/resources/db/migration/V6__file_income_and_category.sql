-- The household's money and the category suggested from it against the 低保标准 in force when the
-- file was assessed; the figures used are kept with the file, so a later change of the standard
-- does not silently change an old assessment.
alter table hardship_file
    -- null until the clerk enters it: no income is not the same as an income of zero
    add column yearly_income         numeric(14,2) check (yearly_income >= 0),
    add column rigid_spending        numeric(14,2) not null default 0 check (rigid_spending >= 0),
    add column accident_costs        numeric(14,2) not null default 0 check (accident_costs >= 0),
    add column monthly_per_head      numeric(14,2),
    add column assessed_year         integer,
    add column assessed_standard     numeric(14,2),
    add column suggested_category    varchar(16) check (suggested_category in ('DEEP', 'RELATIVE', 'ACCIDENT', 'NOT_ELIGIBLE')),
    add column suggestion_reason     varchar(64);

create table file_exclusion (
    file_id bigint      not null references hardship_file (id) on delete cascade,
    flag    varchar(40) not null check (flag in ('TWO_OR_MORE_HOMES', 'OWNS_BUSINESS_OR_EMPLOYS_OTHERS',
                                                 'HIGH_FEE_SCHOOLING_OR_STUDY_ABROAD', 'PRIVATE_MOTOR_VEHICLE')),
    primary key (file_id, flag)
);
