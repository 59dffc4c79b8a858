-- Strategy module: the rest of Buku 1. The region's RPJMD that the masterplan must serve, the
-- smart-city vision, missions, goals (tujuan) and targets (sasaran) as one ordered tree, their
-- links to dimensions, elements and RPJMD items, the indicators with baseline and yearly targets,
-- the branding, and reviewers' comments on any of these.

-- The RPJMD (5-year regional development plan) the masterplan aligns with: one per masterplan.
create table rpjmd (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null unique references masterplan (id),
    start_year    int         not null check (start_year between 2000 and 2200),
    end_year      int         not null check (end_year between start_year and start_year + 9),
    vision        text        not null,
    regulation    text,
    created_at    timestamptz not null default now(),
    version       int         not null default 0
);

-- RPJMD missions, goals and targets with the codes the RPJMD gives them (e.g. M1, T1.1, S1.1.1).
-- A goal's parent is a mission, a target's parent is a goal (checked by the application).
create table rpjmd_item (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null references masterplan (id),
    kind          varchar(16) not null check (kind in ('MISSION', 'GOAL', 'TARGET')),
    parent_id     bigint references rpjmd_item (id),
    code          varchar(40) not null,
    statement     text        not null,
    position      int         not null default 0,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check ((kind = 'MISSION') = (parent_id is null))
);
create unique index rpjmd_item_code_uk on rpjmd_item (masterplan_id, lower(code));
create index rpjmd_item_parent_idx on rpjmd_item (masterplan_id, parent_id, position);

-- The smart-city vision of a masterplan.
create table smart_vision (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null unique references masterplan (id),
    statement     text        not null,
    explanation   text,
    created_at    timestamptz not null default now(),
    version       int         not null default 0
);

-- Smart-city missions, goals and targets; same parent rule as the RPJMD items.
create table strategy_item (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null references masterplan (id),
    kind          varchar(16) not null check (kind in ('MISSION', 'GOAL', 'TARGET')),
    parent_id     bigint references strategy_item (id),
    code          varchar(40),
    statement     text        not null,
    position      int         not null default 0,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check ((kind = 'MISSION') = (parent_id is null))
);
create unique index strategy_item_code_uk on strategy_item (masterplan_id, lower(code)) where code is not null;
create index strategy_item_parent_idx on strategy_item (masterplan_id, parent_id, position);

create table strategy_item_dimension (
    item_id        bigint      not null references strategy_item (id) on delete cascade,
    dimension_code varchar(24) not null references smart_dimension (code),
    primary key (item_id, dimension_code)
);

create table strategy_item_element (
    item_id      bigint      not null references strategy_item (id) on delete cascade,
    element_code varchar(32) not null references smart_element (code),
    primary key (item_id, element_code)
);

create table strategy_item_rpjmd (
    item_id       bigint not null references strategy_item (id) on delete cascade,
    rpjmd_item_id bigint not null references rpjmd_item (id),
    primary key (item_id, rpjmd_item_id)
);
create index strategy_item_rpjmd_rpjmd_idx on strategy_item_rpjmd (rpjmd_item_id);

-- Measurable indicators of a goal or a target. The code is unique in the masterplan: a re-import
-- with the same code updates the indicator.
create table indicator (
    id               bigint generated always as identity primary key,
    region_id        bigint         not null references region (id),
    masterplan_id    bigint         not null references masterplan (id),
    item_id          bigint         not null references strategy_item (id),
    code             varchar(40)    not null,
    name             text           not null,
    unit             varchar(60)    not null,
    definition       text,
    formula          text,
    data_source      text,
    opd_id           bigint references opd (id),
    data_provider    text,
    level            varchar(16)    not null default 'OUTCOME'
        check (level in ('IMPACT', 'OUTCOME', 'OUTPUT')),
    key_indicator    boolean        not null default false,
    polarity         varchar(16)    not null check (polarity in ('POSITIVE', 'NEGATIVE', 'FINAL_VALUE')),
    baseline_year    int check (baseline_year between 1900 and 2200),
    baseline_value   numeric(20, 4),
    end_target       numeric(20, 4),
    notes            text,
    library_code     varchar(40),
    position         int            not null default 0,
    created_at       timestamptz    not null default now(),
    version          int            not null default 0,
    check ((baseline_year is null) = (baseline_value is null))
);
create unique index indicator_code_uk on indicator (masterplan_id, lower(code));
create index indicator_item_idx on indicator (item_id, position);
create index indicator_opd_idx on indicator (opd_id);

create table indicator_target (
    indicator_id bigint         not null references indicator (id) on delete cascade,
    year         int            not null check (year between 1900 and 2200),
    value        numeric(20, 4) not null,
    primary key (indicator_id, year)
);

-- The region's smart-city identity (the Smart Branding dimension in words).
create table branding (
    id                bigint generated always as identity primary key,
    region_id         bigint      not null references region (id),
    masterplan_id     bigint      not null unique references masterplan (id),
    tagline           text        not null,
    positioning       text,
    identity_notes    text,
    created_at        timestamptz not null default now(),
    version           int         not null default 0
);

-- Comments on parts of Buku 1 (reviewers may comment but not edit). subject_type names the part:
-- VISION, MISSION, GOAL, TARGET, INDICATOR, BRANDING, RPJMD; subject_id its id (the masterplan id
-- for VISION, BRANDING and RPJMD).
create table strategy_comment (
    id            bigint generated always as identity primary key,
    region_id     bigint       not null references region (id),
    masterplan_id bigint       not null references masterplan (id),
    subject_type  varchar(16)  not null
        check (subject_type in ('VISION', 'MISSION', 'GOAL', 'TARGET', 'INDICATOR', 'BRANDING', 'RPJMD')),
    subject_id    bigint       not null,
    author        varchar(320) not null,
    body          text         not null,
    resolved      boolean      not null default false,
    created_at    timestamptz  not null default now(),
    version       int          not null default 0
);
create index strategy_comment_subject_idx on strategy_comment (masterplan_id, subject_type, subject_id, created_at);
