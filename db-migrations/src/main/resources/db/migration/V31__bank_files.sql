-- Bank payment files and the bank's return files (DOMAIN §7). A template says how a bank wants its
-- payment file laid out; a generated file is stored (sealed: it holds clear card numbers) so that
-- downloading it again gives the same bytes; a return file is stored once per batch and content, so
-- that importing it twice changes nothing.

create sequence bank_file_template_seq;

create table bank_file_template (
    id          bigint       primary key,
    name        varchar(100) not null unique,
    -- the bank whose layout this is; null for a generic layout any bank accepts
    bank        varchar(20),
    format      varchar(12)  not null check (format in ('CSV', 'FIXED_WIDTH')),
    encoding    varchar(8)   not null check (encoding in ('GBK', 'UTF_8')),
    separator   varchar(4),
    line_ending varchar(4)   not null check (line_ending in ('CRLF', 'LF')),
    with_header boolean      not null,
    with_trailer boolean     not null,
    check ((format = 'CSV') = (separator is not null and separator <> ''))
);

-- The columns of each line kind, in order. Widths are in bytes of the template's encoding (a GBK
-- Chinese character takes two), as fixed-width bank formats count them.
create table bank_file_template_column (
    template_id   bigint      not null references bank_file_template (id),
    section       varchar(8)  not null check (section in ('HEADER', 'DETAIL', 'TRAILER')),
    position      smallint    not null check (position >= 1),
    field         varchar(20) not null check (field in ('LITERAL', 'SEQUENCE', 'REFERENCE', 'CARD_NUMBER',
                      'ACCOUNT_NAME', 'AMOUNT', 'BANK_NAME', 'PURPOSE', 'MEMO', 'ID_NUMBER_MASKED',
                      'BATCH_REFERENCE', 'PAYER_NAME', 'DATE', 'COUNT', 'TOTAL')),
    literal       varchar(100),
    width         smallint    check (width > 0),
    alignment     varchar(5)  not null default 'LEFT' check (alignment in ('LEFT', 'RIGHT')),
    pad           varchar(1)  not null default ' ' check (pad in (' ', '0')),
    amount_format varchar(4)  check (amount_format in ('YUAN', 'FEN')),
    primary key (template_id, section, position),
    check ((field = 'LITERAL') = (literal is not null)),
    check ((field in ('AMOUNT', 'TOTAL')) = (amount_format is not null))
);

-- A generic CSV any bank's batch-payment import reads: a row of titles, the lines, a totals row.
insert into bank_file_template (id, name, bank, format, encoding, separator, line_ending, with_header, with_trailer)
values (nextval('bank_file_template_seq'), '通用 CSV（UTF-8）', null, 'CSV', 'UTF_8', ',', 'CRLF', true, true);

insert into bank_file_template_column (template_id, section, position, field, literal, amount_format)
select currval('bank_file_template_seq'), c.section, c.position, c.field, c.literal, c.amount_format
  from (values ('HEADER', 1, 'LITERAL', '业务参考号', null),
               ('HEADER', 2, 'LITERAL', '收款卡号', null),
               ('HEADER', 3, 'LITERAL', '户名', null),
               ('HEADER', 4, 'LITERAL', '金额', null),
               ('HEADER', 5, 'LITERAL', '开户银行', null),
               ('HEADER', 6, 'LITERAL', '用途', null),
               ('DETAIL', 1, 'REFERENCE', null, null),
               ('DETAIL', 2, 'CARD_NUMBER', null, null),
               ('DETAIL', 3, 'ACCOUNT_NAME', null, null),
               ('DETAIL', 4, 'AMOUNT', null, 'YUAN'),
               ('DETAIL', 5, 'BANK_NAME', null, null),
               ('DETAIL', 6, 'PURPOSE', null, null),
               ('TRAILER', 1, 'LITERAL', '合计', null),
               ('TRAILER', 2, 'COUNT', null, null),
               ('TRAILER', 3, 'TOTAL', null, 'YUAN')) as c (section, position, field, literal, amount_format);

-- A fixed-width GBK layout in the style of 工商银行's batch payment (代发) file: a header with the batch
-- reference, date, count and total in fen; detail lines of fixed byte widths; a trailer with the totals.
insert into bank_file_template (id, name, bank, format, encoding, separator, line_ending, with_header, with_trailer)
values (nextval('bank_file_template_seq'), '工商银行代发定长（GBK）', 'ICBC', 'FIXED_WIDTH', 'GBK', null, 'CRLF',
        true, true);

insert into bank_file_template_column (template_id, section, position, field, literal, width, alignment, pad,
                                       amount_format)
select currval('bank_file_template_seq'), c.section, c.position, c.field, c.literal, c.width, c.alignment, c.pad,
       c.amount_format
  from (values ('HEADER', 1, 'LITERAL', 'H', 1, 'LEFT', ' ', null),
               ('HEADER', 2, 'BATCH_REFERENCE', null, 20, 'LEFT', ' ', null),
               ('HEADER', 3, 'DATE', null, 8, 'LEFT', ' ', null),
               ('HEADER', 4, 'COUNT', null, 8, 'RIGHT', '0', null),
               ('HEADER', 5, 'TOTAL', null, 15, 'RIGHT', '0', 'FEN'),
               ('HEADER', 6, 'PAYER_NAME', null, 60, 'LEFT', ' ', null),
               ('DETAIL', 1, 'LITERAL', 'D', 1, 'LEFT', ' ', null),
               ('DETAIL', 2, 'SEQUENCE', null, 6, 'RIGHT', '0', null),
               ('DETAIL', 3, 'REFERENCE', null, 20, 'LEFT', ' ', null),
               ('DETAIL', 4, 'CARD_NUMBER', null, 19, 'LEFT', ' ', null),
               ('DETAIL', 5, 'ACCOUNT_NAME', null, 30, 'LEFT', ' ', null),
               ('DETAIL', 6, 'AMOUNT', null, 15, 'RIGHT', '0', 'FEN'),
               ('DETAIL', 7, 'PURPOSE', null, 20, 'LEFT', ' ', null),
               ('TRAILER', 1, 'LITERAL', 'T', 1, 'LEFT', ' ', null),
               ('TRAILER', 2, 'COUNT', null, 8, 'RIGHT', '0', null),
               ('TRAILER', 3, 'TOTAL', null, 15, 'RIGHT', '0', 'FEN'))
       as c (section, position, field, literal, width, alignment, pad, amount_format);

-- A generated payment file. Its bytes are sealed like card numbers (they hold them in clear); the
-- SHA-256 is of the clear bytes, as the bank receives them, and goes to the audit log on each download.
create sequence bank_file_seq;

create table bank_file (
    id             bigint        primary key,
    batch_id       bigint        not null references disbursement_batch (id),
    template_id    bigint        not null references bank_file_template (id),
    version        integer       not null check (version >= 1),
    sha256         char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content_sealed bytea         not null,
    size_bytes     integer       not null check (size_bytes > 0),
    line_count     integer       not null check (line_count > 0),
    total          numeric(14,2) not null check (total > 0),
    created_by     bigint        not null references user_account (id),
    created_at     timestamptz   not null,
    voided_at      timestamptz,
    voided_by      bigint        references user_account (id),
    void_reason    varchar(200),
    unique (batch_id, version),
    check ((voided_at is null) = (voided_by is null) and (voided_at is null) = (void_reason is null))
);

-- One file in force per batch, whatever two people do at the same moment.
create unique index bank_file_current_idx on bank_file (batch_id) where voided_at is null;

-- A generated file never changes; it can only be voided, once.
create function bank_file_only_voided() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or old.voided_at is not null or new.voided_at is null
            or (new.id, new.batch_id, new.template_id, new.version, new.sha256, new.content_sealed, new.size_bytes,
                new.line_count, new.total, new.created_by, new.created_at)
               is distinct from
               (old.id, old.batch_id, old.template_id, old.version, old.sha256, old.content_sealed, old.size_bytes,
                old.line_count, old.total, old.created_by, old.created_at) then
        raise exception 'bank file % can only be voided, once: % refused', old.id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger bank_file_void_only
    before update or delete on bank_file
    for each row execute function bank_file_only_voided();

create trigger bank_file_no_truncate
    before truncate on bank_file
    for each statement execute function refuse_history_change();

-- An imported return file (回盘文件): once per batch and content. Kept (sealed: a bank may echo full
-- card numbers) as the proof behind the lines it settled.
create sequence bank_return_seq;

create table bank_return (
    id             bigint        primary key,
    batch_id       bigint        not null references disbursement_batch (id),
    sha256         char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    filename       varchar(200),
    content_sealed bytea         not null,
    paid_count     integer       not null check (paid_count >= 0),
    paid_amount    numeric(14,2) not null check (paid_amount >= 0),
    failed_count   integer       not null check (failed_count >= 0),
    failed_amount  numeric(14,2) not null check (failed_amount >= 0),
    pending_count  integer       not null check (pending_count >= 0),
    imported_by    bigint        not null references user_account (id),
    imported_at    timestamptz   not null,
    unique (batch_id, sha256)
);

create trigger bank_return_append_only
    before update or delete on bank_return
    for each row execute function refuse_history_change();

create trigger bank_return_no_truncate
    before truncate on bank_return
    for each statement execute function refuse_history_change();
