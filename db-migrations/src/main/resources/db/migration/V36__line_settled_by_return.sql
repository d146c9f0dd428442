-- The bank return file that settled a line (paid or failed), so that an auditor can go from a line to the
-- stored file that proves its outcome, as the ledger entries of the return cite it. Deferred: a return's
-- lines are settled before its row is written, in the same transaction.
alter table disbursement_line add column settled_by_return bigint
    references bank_return (id) deferrable initially deferred;
