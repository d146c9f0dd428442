-- R-PAY-13: a bank-transfer batch names the bank file template it will be written with from the start, so
-- that a payee the template cannot carry (a character outside its encoding, a separator, an over-long name)
-- is refused when the line is added, not after the money is committed. Older batches keep null: they are
-- checked against the generic template, as their first bank file would most likely be written.
alter table disbursement_batch add column bank_template_id bigint references bank_file_template (id);

-- R-PAY-08: what a household was paid this year, over every campaign, is read by file.
create index disbursement_line_file_idx on disbursement_line (file_id);
