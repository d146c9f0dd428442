-- The household-income check against the civil-affairs system (民政部门收入核对): when, what it
-- found and its reference, recorded on the file before approval.
alter table hardship_file
    add column income_check_on        date,
    add column income_check_result    varchar(16) check (income_check_result in ('CONSISTENT', 'INCONSISTENT',
                                                                                'NOT_FOUND')),
    add column income_check_reference varchar(100),
    add constraint hardship_file_income_check_whole check ((income_check_on is null) = (income_check_result is null));
