-- Household income month by month for approved files (动态管理): a household whose income per head has
-- stayed above the local 低保 standard for six consecutive months is proposed for exit (解困脱困).
create table monthly_income (
    file_id          bigint        not null references hardship_file (id),
    -- the first day of the month the income was earned in
    month            date          not null check (extract(day from month) = 1),
    household_income numeric(14,2) not null check (household_income >= 0),
    household_size   integer       not null check (household_size between 1 and 30),
    recorded_by      bigint        not null references user_account (id),
    recorded_at      timestamptz   not null,
    primary key (file_id, month)
);
