-- A line is SENT while it is PENDING in a batch that has a bank file: the state is read from bank_file
-- (persistence LineStatusSql) instead of being written to every line. Marking a 100,000-line batch SENT
-- rewrote 100,000 rows and four index entries each (status is in the paid-once index's predicate), four
-- times what writing the file itself costs (docs/benchmarks.md).
update disbursement_line set status = 'PENDING' where status = 'SENT';

alter table disbursement_line drop constraint disbursement_line_status_check;
alter table disbursement_line add constraint disbursement_line_status_check
    check (status in ('PENDING', 'PAID', 'FAILED'));
