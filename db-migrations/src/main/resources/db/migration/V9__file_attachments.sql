-- Supporting documents of a file (seed 003): application letter, ID and household-register copies,
-- hardship proof, and for medical aid a hospital diagnosis and in-patient settlement receipts.
-- Kept in PostgreSQL with their SHA-256, checked by content (PDF, JPEG, PNG) before they get here.
create sequence file_attachment_seq;

create table file_attachment (
    id           bigint       primary key,
    file_id      bigint       not null references hardship_file (id),
    kind         varchar(32)  not null check (kind in ('APPLICATION', 'ID_COPY', 'HOUSEHOLD_REGISTER',
                                                      'HARDSHIP_PROOF', 'HOSPITAL_DIAGNOSIS', 'INPATIENT_RECEIPT',
                                                      'OTHER')),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       bytea        not null,
    content      bytea        not null,
    uploaded_by  bigint       not null references user_account (id),
    uploaded_at  timestamptz  not null
);

create index file_attachment_file_idx on file_attachment (file_id, kind);
