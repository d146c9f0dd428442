-- One pgbench transaction: count a random county's subtree, as the dashboard does.
\set city random(1, 15)
\set county random(1, 10)
select count(*) from organisation o,
       (select path from organisation where code = 'B-C' || :city || '-K' || :county) k
 where o.path >= k.path and o.path < left(k.path, -1) || '0';
