-- One pgbench transaction: list page 1 of a random city's subtree, as the organisation list does.
\set city random(1, 15)
select o.id, o.code, o.name, o.type from organisation o,
       (select path from organisation where code = 'B-C' || :city) c
 where o.path >= c.path and o.path < left(c.path, -1) || '0'
 order by o.path limit 20;
