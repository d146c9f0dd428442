-- 200,000 hardship files on the province-scale union tree of ../org-tree/seed.sql: ten files per
-- base union, two household members each, names drawn from common surnames and given-name
-- characters, blind indexes as the application stores them (32-byte HMACs; here SHA-256 of the
-- row number, which has the same size and spread), statuses in realistic proportions.
create table bench_surname (n int primary key, s text);
insert into bench_surname
select row_number() over (), s
  from unnest(string_to_array('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈', ' ')) s;
create temporary table given (n int primary key, g text);
insert into given
select row_number() over (), g
  from unnest(string_to_array('伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 红 文 辉 玲', ' ')) g;

insert into user_account (id, login_name, display_name, password_hash, organisation_id, enabled, created_at)
select nextval('user_account_seq'), 'bench.clerk', '基准录入员', '{noop}x', id, true, now() from organisation where code = 'B-P';

insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                           worker_id_masked, gender, birth_date, created_by, created_at, updated_at, level,
                           main_cause, causes, needs, suggested_category)
select nextval('hardship_file_seq'), b.id,
       case when r < 0.60 then 'APPROVED' when r < 0.75 then 'DRAFT' when r < 0.85 then 'SUBMITTED'
            when r < 0.90 then 'RETURNED' when r < 0.95 then 'EXITED' else 'IN_NOTICE' end,
       (select s from bench_surname where n = 1 + (i * 7919) % 50) || (select g from given where n = 1 + (i * 104729) % 30)
           || (select g from given where n = 1 + (i * 1299709) % 30),
       sha256(('sealed' || i)::bytea), sha256(('worker' || i)::bytea), '330106********' || lpad((i % 10000)::text, 4, '0'),
       case when i % 2 = 0 then 'MALE' else 'FEMALE' end, date '1970-01-01' + (i % 12000)::int,
       (select id from user_account where login_name = 'bench.clerk'),
       now() - (i % 100000) * interval '5 minutes', now(), 'BASE', 'SERIOUS_ILLNESS_SELF',
       '{SERIOUS_ILLNESS_SELF}', '{MEDICAL}', 'DEEP'
  from (select o.id, row_number() over (order by o.id) as bn from organisation o
         where o.type = 'BASE' and o.code like 'B-%') b,
       generate_series(1, 10) k,
       lateral (select (b.bn - 1) * 10 + k as i, random() as r) x;

insert into household_member (file_id, position, name, relation, id_sealed, id_index, id_masked)
select f.id, p, '家属' || p, case when p = 0 then 'SPOUSE' else 'CHILD' end,
       sha256(('msealed' || f.id || '/' || p)::bytea), sha256(('member' || f.id || '/' || p)::bytea),
       '330106********0000'
  from hardship_file f, generate_series(0, 1) p
 where f.created_by = (select id from user_account where login_name = 'bench.clerk'); -- not a file already there

analyze;
select status, count(*) from hardship_file group by status order by 1;
