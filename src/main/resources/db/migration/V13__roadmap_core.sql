-- Roadmap module: scenarios of the masterplan's schedule with yearly budget ceilings per funding
-- source and rules, the solver's state and answer, and the schedule (solved or edited by hand).
-- Every table carries the region so a national deployment can distribute by it.

create table roadmap_scenario (
    id                    bigint generated always as identity primary key,
    region_id             bigint        not null references region (id),
    masterplan_id         bigint        not null references masterplan (id),
    name                  text          not null,
    description           text,
    time_limit_seconds    int           not null default 10 check (time_limit_seconds between 1 and 600),
    gap_limit             numeric(7, 6) not null default 0.001 check (gap_limit >= 0 and gap_limit < 1),
    quick_wins_first_year boolean       not null default false,
    locked_through        int check (locked_through between 2000 and 2200),
    created_by            varchar(320)  not null,
    created_at            timestamptz   not null default now(),
    version               int           not null default 0,
    -- the solver's state: NEW (never solved or inputs changed), QUEUED, RUNNING, DONE, FAILED
    solve_state           varchar(16)   not null default 'NEW'
        check (solve_state in ('NEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    solve_requested_by    varchar(320),
    solve_requested_at    timestamptz,
    heartbeat_at          timestamptz,
    cancel_requested      boolean       not null default false,
    progress_objective    double precision,
    progress_bound        double precision,
    progress_millis       bigint,
    -- the answer of the last solve
    status                varchar(16) check (status in ('OPTIMAL', 'FEASIBLE', 'INFEASIBLE', 'TIMED_OUT', 'CANCELLED')),
    objective             double precision,
    bound                 double precision,
    gap                   double precision,
    greedy_objective      double precision,
    wall_millis           bigint,
    solved_at             timestamptz,
    problem               jsonb,
    greedy_starts         jsonb,
    conflicts             jsonb,
    failure               text,
    edited_by_hand        boolean       not null default false,
    adopted_at            timestamptz,
    adopted_by            varchar(320)
);
create unique index roadmap_scenario_name_uk on roadmap_scenario (masterplan_id, lower(name));
create index roadmap_scenario_masterplan_idx on roadmap_scenario (region_id, masterplan_id, created_at);

create table roadmap_ceiling (
    scenario_id bigint         not null references roadmap_scenario (id) on delete cascade,
    region_id   bigint         not null references region (id),
    year        int            not null check (year between 2000 and 2200),
    source_code varchar(24)    not null,
    amount      numeric(18, 2) not null check (amount >= 0),
    primary key (scenario_id, year, source_code)
);

-- The programmes the scenario considers, with what it sets for each (null = the programme's own).
create table roadmap_candidate (
    scenario_id    bigint  not null references roadmap_scenario (id) on delete cascade,
    region_id      bigint  not null references region (id),
    programme_id   bigint  not null references programme (id) on delete cascade,
    value          double precision check (value >= 0),
    earliest_start int check (earliest_start between 2000 and 2200),
    latest_start   int check (latest_start between 2000 and 2200),
    mandatory      boolean not null default false,
    excluded       boolean not null default false,
    primary key (scenario_id, programme_id)
);
create index roadmap_candidate_programme_idx on roadmap_candidate (programme_id);

create table roadmap_exclusive_member (
    scenario_id  bigint not null references roadmap_scenario (id) on delete cascade,
    region_id    bigint not null references region (id),
    group_no     int    not null check (group_no >= 1),
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (scenario_id, group_no, programme_id)
);

create table roadmap_dimension_share (
    scenario_id    bigint       not null references roadmap_scenario (id) on delete cascade,
    region_id      bigint       not null references region (id),
    dimension_code varchar(24)  not null references smart_dimension (code),
    minimum_share  numeric(5, 4) not null check (minimum_share >= 0 and minimum_share <= 1),
    primary key (scenario_id, dimension_code)
);

-- The schedule: the start year of every programme the scenario schedules.
create table roadmap_start (
    scenario_id  bigint not null references roadmap_scenario (id) on delete cascade,
    region_id    bigint not null references region (id),
    programme_id bigint not null references programme (id) on delete cascade,
    start_year   int    not null check (start_year between 2000 and 2200),
    primary key (scenario_id, programme_id)
);
