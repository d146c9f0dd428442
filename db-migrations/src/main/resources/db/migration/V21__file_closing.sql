-- Closing a file: out of hardship (已脱困) with a reason code, or cancelled (已注销); both with a
-- written note. A closed file releases its people: they may be filed again.
alter table hardship_file
    add column exit_reason  varchar(20) check (exit_reason in ('INCOME_ABOVE_LINE', 'RE_EMPLOYED', 'DECEASED', 'MOVED',
                                                               'DUPLICATE', 'OTHER')),
    add column closing_note varchar(500),
    add column closed_on    date;
