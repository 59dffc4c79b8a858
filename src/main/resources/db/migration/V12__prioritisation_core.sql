-- Prioritisation of a masterplan's programmes (issue 7): an exercise with its criteria (one level of
-- sub-criteria), rating scales, evaluator groups and evaluators, their pairwise judgements of the
-- criteria and their ratings of the programmes. Weights, rankings and sensitivity are computed from
-- these rows by the AHP engine (id.rancang.prioritisation.rules); nothing computed is stored.

create table prioritisation_exercise (
    id                bigint generated always as identity primary key,
    region_id         bigint      not null references region (id),
    masterplan_id     bigint      not null references masterplan (id),
    name              text        not null,
    description       text,
    -- aggregation of the evaluators: of their judgements (AIJ) or of their priorities (AIP)
    aggregation       varchar(4)  not null default 'AIJ' check (aggregation in ('AIJ', 'AIP')),
    ri_table          varchar(40) not null default 'saaty-1980',
    incomplete_method varchar(8)  not null default 'HARKER'
        check (incomplete_method in ('HARKER', 'LLSM')),
    -- DRAFT: the team sets it up; OPEN: evaluators judge and rate; CLOSED: input ends;
    -- PUBLISHED: evaluators see the combined results
    status            varchar(12) not null default 'DRAFT'
        check (status in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    workshop_id       bigint references workshop (id) on delete set null,
    created_at        timestamptz not null default now(),
    published_at      timestamptz,
    version           int         not null default 0
);
create unique index prioritisation_exercise_name_uk
    on prioritisation_exercise (masterplan_id, lower(name));
create index prioritisation_exercise_region_idx on prioritisation_exercise (region_id);

create table criterion (
    id          bigint generated always as identity primary key,
    region_id   bigint      not null references region (id),
    exercise_id bigint      not null references prioritisation_exercise (id) on delete cascade,
    -- one level of sub-criteria: a parent is a top-level criterion
    parent_id   bigint references criterion (id) on delete cascade,
    code        varchar(20) not null,
    name        text        not null,
    description text,
    -- RATED on the criterion's scale by evaluators, or MEASURED from programme data
    kind        varchar(10) not null default 'RATED' check (kind in ('RATED', 'MEASURED')),
    measure     varchar(16) check (measure in ('TOTAL_COST', 'DURATION', 'PARTNERS', 'SUPPORT')),
    direction   varchar(8)  not null default 'BENEFIT' check (direction in ('BENEFIT', 'COST')),
    position    int         not null default 0,
    version     int         not null default 0,
    check ((kind = 'MEASURED') = (measure is not null)),
    check (parent_id is null or parent_id <> id)
);
create unique index criterion_code_uk on criterion (exercise_id, lower(code));
create index criterion_exercise_idx on criterion (exercise_id, parent_id, position);

-- The levels of a rated criterion's scale (e.g. 1 = very low ... 5 = very high), each defined.
create table criterion_level (
    criterion_id bigint not null references criterion (id) on delete cascade,
    level        int    not null check (level between 1 and 10),
    label        text   not null,
    definition   text,
    primary key (criterion_id, level)
);

create table evaluator_group (
    id              bigint generated always as identity primary key,
    region_id       bigint        not null references region (id),
    exercise_id     bigint        not null references prioritisation_exercise (id) on delete cascade,
    name            text          not null,
    pentahelix_role varchar(16)
        check (pentahelix_role in ('GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA')),
    -- the group's say in the combined result, set by the team
    weight          numeric(10, 4) not null default 1 check (weight > 0),
    position        int           not null default 0,
    version         int           not null default 0
);
create unique index evaluator_group_name_uk on evaluator_group (exercise_id, lower(name));

create table evaluator (
    id           bigint generated always as identity primary key,
    region_id    bigint        not null references region (id),
    exercise_id  bigint        not null references prioritisation_exercise (id) on delete cascade,
    group_id     bigint        not null references evaluator_group (id),
    -- erasing a person (UU 27/2022) must not be blocked: their judgements go with them
    account_id   bigint        not null references account (id) on delete cascade,
    -- the evaluator's say within the group
    weight       numeric(10, 4) not null default 1 check (weight > 0),
    submitted_at timestamptz,
    created_at   timestamptz   not null default now(),
    version      int           not null default 0,
    unique (exercise_id, account_id)
);
create index evaluator_group_idx on evaluator (group_id);
create index evaluator_account_idx on evaluator (account_id);

-- One pairwise judgement: how many times more important the first criterion is than the second
-- (Saaty's 1-9 scale and its reciprocals); stored once per pair, the lower id first.
create table judgement (
    evaluator_id bigint           not null references evaluator (id) on delete cascade,
    region_id    bigint           not null references region (id),
    first_id     bigint           not null references criterion (id) on delete cascade,
    second_id    bigint           not null references criterion (id) on delete cascade,
    value        double precision not null check (value >= 0.111 and value <= 9),
    updated_at   timestamptz      not null default now(),
    version      int              not null default 0,
    primary key (evaluator_id, first_id, second_id),
    check (first_id < second_id)
);

-- An evaluator's rating of a programme on a rated criterion: a level of the criterion's scale.
create table rating (
    evaluator_id bigint      not null references evaluator (id) on delete cascade,
    region_id    bigint      not null references region (id),
    programme_id bigint      not null references programme (id) on delete cascade,
    criterion_id bigint      not null references criterion (id) on delete cascade,
    level        int         not null check (level between 1 and 10),
    updated_at   timestamptz not null default now(),
    version      int         not null default 0,
    primary key (evaluator_id, programme_id, criterion_id)
);
create index rating_programme_idx on rating (programme_id);
