-- The reviewer's decision on the category: the suggestion confirmed, or overridden with a reason.
alter table hardship_file
    add column confirmed_category varchar(16) check (confirmed_category in ('DEEP', 'RELATIVE', 'ACCIDENT', 'NOT_ELIGIBLE')),
    add column category_reason    varchar(500),
    add constraint hardship_file_override_has_reason check (
        confirmed_category is null or confirmed_category = suggested_category or category_reason is not null);
