-- Strategy module: readiness analysis, SWOT items and gap statements per dimension and pillar.

create table readiness_item (
    id             bigint generated always as identity primary key,
    region_id      bigint      not null references region (id),
    masterplan_id  bigint      not null references masterplan (id),
    dimension_code varchar(24) not null references smart_dimension (code),
    pillar         varchar(16) not null check (pillar in ('STRUKTUR', 'INFRASTRUKTUR', 'SUPRASTRUKTUR')),
    kind           varchar(16) not null check (kind in ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT')),
    statement      text        not null,
    position       int         not null default 0,
    created_at     timestamptz not null default now(),
    version        int         not null default 0
);
create index readiness_item_masterplan_idx on readiness_item (masterplan_id, dimension_code, pillar, kind, position);

create table readiness_gap (
    id             bigint generated always as identity primary key,
    region_id      bigint      not null references region (id),
    masterplan_id  bigint      not null references masterplan (id),
    dimension_code varchar(24) not null references smart_dimension (code),
    pillar         varchar(16) not null check (pillar in ('STRUKTUR', 'INFRASTRUKTUR', 'SUPRASTRUKTUR')),
    current_state  text        not null,
    desired_state  text        not null,
    created_at     timestamptz not null default now(),
    version        int         not null default 0,
    unique (masterplan_id, dimension_code, pillar)
);
