-- The permission to reveal a full ID number (with a reason, logged) is granted like a role.
alter table user_role drop constraint user_role_role_check;
alter table user_role alter column role type varchar(32);
alter table user_role add constraint user_role_role_check
    check (role in ('CLERK', 'REVIEWER', 'APPROVER', 'FINANCE', 'AUDITOR', 'ADMIN', 'PERSONAL_DATA_REVEAL'));
