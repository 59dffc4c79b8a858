-- Strategy module: the regional profile statistics of a masterplan (Buku 1), e.g. population,
-- area, IPM, with an optional breakdown (per kecamatan: an array of {"label", "value"}).

create table profile_stat (
    id            bigint generated always as identity primary key,
    region_id     bigint         not null references region (id),
    masterplan_id bigint         not null references masterplan (id),
    name          text           not null,
    value         numeric(20, 4) not null,
    unit          varchar(40)    not null,
    year          int            not null check (year between 1900 and 2200),
    source        text           not null,
    breakdown     jsonb check (breakdown is null or jsonb_typeof(breakdown) = 'array'),
    position      int            not null default 0,
    created_at    timestamptz    not null default now(),
    version       int            not null default 0
);
create unique index profile_stat_masterplan_name_year_uk
    on profile_stat (masterplan_id, lower(name), year);
create index profile_stat_masterplan_position_idx on profile_stat (masterplan_id, position);
