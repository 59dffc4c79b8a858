-- Programme module (Buku 2): innovative programmes with their partners, links to targets and
-- indicators, budget lines, dependencies, risks, status history and action plans (rencana aksi).

-- Funding sources a region adds to the built-in ones (APBD, APBN, DAK, CSR, KPBU, DANA_DESA, OTHER).
create table region_funding_source (
    id        bigint generated always as identity primary key,
    region_id bigint      not null references region (id),
    code      varchar(24) not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name      text        not null,
    unique (region_id, code)
);

create table programme (
    id                 bigint generated always as identity primary key,
    region_id          bigint      not null references region (id),
    masterplan_id      bigint      not null references masterplan (id),
    code               varchar(40) not null,
    name               text        not null,
    dimension_code     varchar(24) not null references smart_dimension (code),
    element_code       varchar(32) references smart_element (code),
    problem            text,
    description        text,
    impact_society     text,
    impact_environment text,
    horizon            varchar(16) not null check (horizon in ('QUICK_WIN', 'MEDIUM', 'LONG')),
    start_year         int         not null check (start_year between 2000 and 2200),
    end_year           int         not null check (end_year between 2000 and 2200),
    lead_opd_id        bigint references opd (id),
    quick_win          boolean     not null default false,
    sipd_program       varchar(20),
    sipd_kegiatan      varchar(30),
    sipd_sub_kegiatan  varchar(40),
    status             varchar(16) not null default 'PROPOSED'
        check (status in ('PROPOSED', 'SELECTED', 'PLANNED', 'RUNNING', 'DONE', 'CANCELLED')),
    -- Full-text search in Indonesian and English: both stemmers over code, name, problem and description.
    search             tsvector generated always as (
        to_tsvector('indonesian', coalesce(code, '') || ' ' || coalesce(name, '') || ' '
            || coalesce(problem, '') || ' ' || coalesce(description, ''))
        || to_tsvector('english', coalesce(code, '') || ' ' || coalesce(name, '') || ' '
            || coalesce(problem, '') || ' ' || coalesce(description, ''))) stored,
    created_at         timestamptz not null default now(),
    version            int         not null default 0,
    check (end_year >= start_year)
);
create unique index programme_code_uk on programme (masterplan_id, lower(code));
create index programme_search_idx on programme using gin (search);
create index programme_filter_idx on programme (masterplan_id, dimension_code, horizon, status);
create index programme_lead_opd_idx on programme (lead_opd_id);

create table programme_partner (
    programme_id   bigint      not null references programme (id) on delete cascade,
    -- erasing a person (UU 27/2022) must not be blocked: their partnerships go with them
    stakeholder_id bigint      not null references stakeholder (id) on delete cascade,
    role           varchar(16) not null
        check (role in ('GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA')),
    contribution   text,
    primary key (programme_id, stakeholder_id)
);
create index programme_partner_stakeholder_idx on programme_partner (stakeholder_id);

-- The goals or targets (strategy_item) and indicators a programme contributes to.
create table programme_target (
    programme_id bigint not null references programme (id) on delete cascade,
    item_id      bigint not null references strategy_item (id),
    contribution text,
    primary key (programme_id, item_id)
);
create index programme_target_item_idx on programme_target (item_id);

create table programme_indicator (
    programme_id bigint not null references programme (id) on delete cascade,
    indicator_id bigint not null references indicator (id),
    contribution text,
    primary key (programme_id, indicator_id)
);
create index programme_indicator_indicator_idx on programme_indicator (indicator_id);

create table budget_line (
    id           bigint generated always as identity primary key,
    programme_id bigint         not null references programme (id) on delete cascade,
    year         int            not null check (year between 2000 and 2200),
    source_code  varchar(24)    not null,
    amount       numeric(18, 2) not null check (amount >= 0),
    unique (programme_id, year, source_code)
);
create index budget_line_programme_idx on budget_line (programme_id);

create table programme_dependency (
    programme_id  bigint not null references programme (id) on delete cascade,
    depends_on_id bigint not null references programme (id),
    primary key (programme_id, depends_on_id),
    check (programme_id <> depends_on_id)
);
create index programme_dependency_on_idx on programme_dependency (depends_on_id);

create table programme_risk (
    id           bigint generated always as identity primary key,
    programme_id bigint   not null references programme (id) on delete cascade,
    description  text     not null,
    likelihood   smallint not null check (likelihood between 1 and 5),
    impact       smallint not null check (impact between 1 and 5),
    mitigation   text,
    position     int      not null default 0
);
create index programme_risk_programme_idx on programme_risk (programme_id);

create table programme_status_change (
    id           bigint generated always as identity primary key,
    programme_id bigint       not null references programme (id) on delete cascade,
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    changed_by   varchar(320) not null,
    changed_at   timestamptz  not null default now(),
    note         text
);
create index programme_status_change_idx on programme_status_change (programme_id, changed_at);

-- Rencana aksi: the actions of a programme in Kominfo's three categories.
create table programme_action (
    id            bigint generated always as identity primary key,
    region_id     bigint         not null references region (id),
    programme_id  bigint         not null references programme (id),
    category      varchar(24)    not null
        check (category in ('POLICY_INSTITUTION', 'INFRASTRUCTURE', 'APPLICATION_LITERACY')),
    title         text           not null,
    year          int            not null check (year between 2000 and 2200),
    quarter       smallint check (quarter between 1 and 4),
    owner_opd_id  bigint references opd (id),
    deliverable   text,
    budget        numeric(18, 2) check (budget >= 0),
    status        varchar(16)    not null default 'PLANNED'
        check (status in ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')),
    progress      smallint       not null default 0 check (progress between 0 and 100),
    position      int            not null default 0,
    created_at    timestamptz    not null default now(),
    version       int            not null default 0
);
create index programme_action_programme_idx on programme_action (programme_id, category, position);
