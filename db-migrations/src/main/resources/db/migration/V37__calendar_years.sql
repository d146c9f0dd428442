-- A year's calendar counts only once the top union's admin has confirmed it complete (every 法定节假日 and
-- every 调休 working weekend marked): a notice whose period touches an unconfirmed year is refused
-- (R-CAL-01). 2026 ships as reference data from the State Council's notice, confirmed.
create table calendar_year (
    year         integer      primary key check (year between 2000 and 2100),
    source       varchar(200) not null,
    confirmed_by bigint       references user_account (id),
    confirmed_at timestamptz  not null
);

-- 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
insert into calendar_day (day, kind, name)
select d::date, 'HOLIDAY', h.name
from (values ('2026-01-01', '2026-01-03', '元旦'),
             ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'),
             ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'),
             ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) as h (first_day, last_day, name),
     generate_series(h.first_day::date, h.last_day::date, interval '1 day') as d
on conflict (day) do update set kind = excluded.kind, name = excluded.name;

insert into calendar_day (day, kind, name)
values ('2026-01-04', 'WORKDAY', '元旦调休上班'),
       ('2026-02-14', 'WORKDAY', '春节调休上班'),
       ('2026-02-28', 'WORKDAY', '春节调休上班'),
       ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
       ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
       ('2026-10-10', 'WORKDAY', '国庆节调休上班')
on conflict (day) do update set kind = excluded.kind, name = excluded.name;

insert into calendar_year (year, source, confirmed_by, confirmed_at)
values (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', null, '2025-11-05 00:00:00+08');
