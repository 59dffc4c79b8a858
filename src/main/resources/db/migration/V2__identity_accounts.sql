-- Identity module: accounts, roles per region, tokens, login throttling, audit trail.

create table account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    name          text        not null,
    password_hash text,
    system_admin  boolean     not null default false,
    status        varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'INVITED', 'DISABLED')),
    locale        varchar(8)  not null default 'id',
    created_at    timestamptz not null default now(),
    version       int         not null default 0
);
create unique index account_email_uk on account (lower(email));

create table membership (
    account_id bigint      not null references account (id) on delete cascade,
    region_id  bigint      not null references region (id),
    role       varchar(24) not null
        check (role in ('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER', 'PARTICIPANT')),
    opd_id     bigint references opd (id),
    created_at timestamptz not null default now(),
    primary key (account_id, region_id),
    check (role <> 'OPD_CONTRIBUTOR' or opd_id is not null)
);
create index membership_region_idx on membership (region_id);

-- Single-use links: invitations and password resets. Only the SHA-256 of the secret is stored.
create table account_link (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    varchar(16) not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash char(64)    not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);

create table api_token (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    token_hash   char(64)    not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

create table login_throttle (
    email        text primary key,
    failures     int         not null default 0,
    locked_until timestamptz,
    updated_at   timestamptz not null default now()
);

create table audit_entry (
    id            bigint generated always as identity primary key,
    region_id     bigint references region (id),
    occurred_at   timestamptz not null default now(),
    actor_id      bigint,
    actor_email   text,
    record_type   varchar(40) not null,
    record_id     bigint      not null,
    action        varchar(16) not null,
    before_state  jsonb,
    after_state   jsonb
);
create index audit_entry_record_idx on audit_entry (record_type, record_id, occurred_at desc);
create index audit_entry_region_idx on audit_entry (region_id, occurred_at desc);
