-- More of the worker (DOMAIN §3): contact, household registration, employment, Party membership
-- (困难党员, seed 000), model-worker level, disability and health.
alter table hardship_file
    add column phone               varchar(20),
    add column ethnicity           varchar(20),
    add column household_register  varchar(8)  check (household_register in ('URBAN', 'RURAL')),
    add column migrant_worker      boolean     not null default false,
    add column party_member        boolean     not null default false,
    add column employment_status   varchar(16) check (employment_status in ('ON_DUTY', 'LAID_OFF', 'UNEMPLOYED',
                                                                            'RETIRED', 'FLEXIBLE')),
    add column model_worker_level  varchar(16) check (model_worker_level in ('NONE', 'NATIONAL', 'PROVINCIAL',
                                                                              'CITY')),
    add column disability_grade    integer     check (disability_grade between 0 and 4),
    add column health              varchar(200),
    add column address             varchar(200);
