-- Annual re-verification (动态管理): the day an approved file was last verified — at approval, then at
-- each yearly check. Files approved before this column existed count from their last update.
alter table hardship_file add column last_verified_on date;
update hardship_file set last_verified_on = (updated_at at time zone 'Asia/Shanghai')::date where status = 'APPROVED';
create index hardship_file_reverification_idx on hardship_file (last_verified_on) where status = 'APPROVED';
