-- Workshop module: the Bimtek workshops of a masterplan with their agenda, invitations, attendance,
-- materials and minutes; the ideas (usulan) collected there or in a public consultation, with
-- comments, support votes and reports; and live questions shown on the projector.
-- People are accounts (members of the region) or stakeholders from the region's register.

create table workshop (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null references masterplan (id),
    -- TAHAP_1..TAHAP_4 are the four Bimtek of the ministry's programme; CUSTOM names its own stage
    stage         varchar(16) not null check (stage in ('TAHAP_1', 'TAHAP_2', 'TAHAP_3', 'TAHAP_4', 'CUSTOM')),
    stage_label   text,
    title         text        not null,
    description   text,
    start_date    date        not null,
    end_date      date        not null,
    venue         text,
    -- whether participants may add ideas and support votes now
    ideas_open    boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check (end_date >= start_date),
    check (end_date - start_date < 31),
    check (stage <> 'CUSTOM' or stage_label is not null)
);
create index workshop_masterplan_idx on workshop (masterplan_id, start_date);
create index workshop_region_idx on workshop (region_id);

-- The agenda: one row per session of a workshop day.
create table workshop_session (
    id                  bigint generated always as identity primary key,
    workshop_id         bigint      not null references workshop (id) on delete cascade,
    region_id           bigint      not null references region (id),
    day                 date        not null,
    starts_at           time        not null,
    ends_at             time        not null,
    topic               text        not null,
    speaker             text,
    speaker_institution text,
    created_at          timestamptz not null default now(),
    version             int         not null default 0,
    check (ends_at > starts_at)
);
create index workshop_session_idx on workshop_session (workshop_id, day, starts_at);

-- Who is invited: a member account or a stakeholder of the register, with the OPD and pentahelix
-- role they come for. Self-registration and walk-ins checked in at the door are rows here too.
create table workshop_invitation (
    id              bigint generated always as identity primary key,
    workshop_id     bigint      not null references workshop (id) on delete cascade,
    region_id       bigint      not null references region (id),
    -- erasing a person (UU 27/2022) removes their invitations and attendance with them
    account_id      bigint references account (id) on delete cascade,
    stakeholder_id  bigint references stakeholder (id) on delete cascade,
    opd_id          bigint references opd (id),
    pentahelix_role varchar(16) not null
        check (pentahelix_role in ('GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA')),
    status          varchar(16) not null default 'INVITED'
        check (status in ('INVITED', 'REGISTERED', 'DECLINED')),
    source          varchar(16) not null default 'INVITED'
        check (source in ('INVITED', 'SELF', 'WALK_IN')),
    responded_at    timestamptz,
    created_at      timestamptz not null default now(),
    version         int         not null default 0,
    check (num_nonnulls(account_id, stakeholder_id) = 1)
);
create unique index workshop_invitation_account_uk on workshop_invitation (workshop_id, account_id)
    where account_id is not null;
create unique index workshop_invitation_stakeholder_uk on workshop_invitation (workshop_id, stakeholder_id)
    where stakeholder_id is not null;
create index workshop_invitation_account_idx on workshop_invitation (account_id);
create index workshop_invitation_stakeholder_idx on workshop_invitation (stakeholder_id);

-- The check-in code of a workshop day, shown as a QR code on the screen in the room.
create table workshop_day_code (
    workshop_id bigint      not null references workshop (id) on delete cascade,
    day         date        not null,
    code        varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    primary key (workshop_id, day)
);

create table workshop_attendance (
    invitation_id bigint      not null references workshop_invitation (id) on delete cascade,
    day           date        not null,
    workshop_id   bigint      not null references workshop (id) on delete cascade,
    region_id     bigint      not null references region (id),
    method        varchar(16) not null check (method in ('QR', 'ORGANISER')),
    checked_in_at timestamptz not null default now(),
    recorded_by   text,
    primary key (invitation_id, day)
);
create index workshop_attendance_idx on workshop_attendance (workshop_id, day);

-- Uploaded materials. The content type is what the bytes are (sniffed), never what the browser said.
create table workshop_material (
    id           bigint generated always as identity primary key,
    workshop_id  bigint       not null references workshop (id) on delete cascade,
    region_id    bigint       not null references region (id),
    title        text         not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  text,
    uploaded_at  timestamptz  not null default now()
);
create index workshop_material_idx on workshop_material (workshop_id, uploaded_at);

-- Minutes (notulen): one text per workshop and its numbered decisions.
create table workshop_minutes (
    workshop_id bigint      primary key references workshop (id) on delete cascade,
    region_id   bigint      not null references region (id),
    body        text        not null default '',
    updated_at  timestamptz not null default now(),
    updated_by  text,
    version     int         not null default 0
);

-- A public idea collection of a masterplan, open to participant accounts with a verified e-mail.
create table consultation (
    id            bigint generated always as identity primary key,
    region_id     bigint      not null references region (id),
    masterplan_id bigint      not null references masterplan (id),
    title         text        not null,
    description   text,
    opens_on      date        not null,
    closes_on     date        not null,
    status        varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check (closes_on >= opens_on)
);
create index consultation_masterplan_idx on consultation (masterplan_id);

-- An idea (usulan) raised in a workshop or in a public consultation.
create table idea (
    id                 bigint generated always as identity primary key,
    region_id          bigint      not null references region (id),
    masterplan_id      bigint      not null references masterplan (id),
    workshop_id        bigint references workshop (id) on delete cascade,
    consultation_id    bigint references consultation (id) on delete cascade,
    title              text        not null,
    problem            text,
    proposal           text,
    dimension_code     varchar(24) not null references smart_dimension (code),
    element_code       varchar(32) references smart_element (code),
    suggested_opd_id   bigint references opd (id),
    suggested_partners text,
    author_account_id  bigint references account (id) on delete set null,
    author_name        text,
    -- VISIBLE; HIDDEN after enough reports until a moderator decides; KEPT by a moderator (reports no
    -- longer hide it); REMOVED by a moderator
    moderation         varchar(16) not null default 'VISIBLE'
        check (moderation in ('VISIBLE', 'HIDDEN', 'KEPT', 'REMOVED')),
    status             varchar(16) not null default 'OPEN' check (status in ('OPEN', 'PROMOTED')),
    search             tsvector generated always as (
        to_tsvector('indonesian', coalesce(title, '') || ' ' || coalesce(problem, '') || ' '
            || coalesce(proposal, ''))
        || to_tsvector('english', coalesce(title, '') || ' ' || coalesce(problem, '') || ' '
            || coalesce(proposal, ''))) stored,
    created_at         timestamptz not null default now(),
    version            int         not null default 0,
    check (num_nonnulls(workshop_id, consultation_id) = 1)
);
create index idea_workshop_idx on idea (workshop_id, created_at);
create index idea_consultation_idx on idea (consultation_id, created_at);
create index idea_masterplan_idx on idea (masterplan_id, dimension_code);
create index idea_search_idx on idea using gin (search);
create index idea_author_idx on idea (author_account_id);

-- A decision of the minutes, optionally about an idea (programmes link to decisions themselves).
create table workshop_decision (
    id          bigint generated always as identity primary key,
    workshop_id bigint      not null references workshop (id) on delete cascade,
    region_id   bigint      not null references region (id),
    position    int         not null,
    body        text        not null,
    idea_id     bigint references idea (id) on delete set null,
    created_at  timestamptz not null default now(),
    version     int         not null default 0
);
create index workshop_decision_idx on workshop_decision (workshop_id, position);

-- Comments on ideas; a reply answers a top-level comment (one level deep, enforced by the service).
create table idea_comment (
    id                bigint generated always as identity primary key,
    idea_id           bigint      not null references idea (id) on delete cascade,
    region_id         bigint      not null references region (id),
    parent_id         bigint references idea_comment (id) on delete cascade,
    author_account_id bigint references account (id) on delete set null,
    author_name       text,
    body              text        not null,
    moderation        varchar(16) not null default 'VISIBLE'
        check (moderation in ('VISIBLE', 'HIDDEN', 'KEPT', 'REMOVED')),
    created_at        timestamptz not null default now(),
    version           int         not null default 0
);
create index idea_comment_idx on idea_comment (idea_id, created_at);
create index idea_comment_parent_idx on idea_comment (parent_id);

-- One support vote per person per idea: the primary key makes a second vote a no-op.
create table idea_vote (
    idea_id    bigint      not null references idea (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (idea_id, account_id)
);
create index idea_vote_account_idx on idea_vote (account_id);

-- A report of an idea or a comment; each person reports a thing once.
create table idea_report (
    id          bigint generated always as identity primary key,
    region_id   bigint      not null references region (id),
    idea_id     bigint references idea (id) on delete cascade,
    comment_id  bigint references idea_comment (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    reason      text,
    created_at  timestamptz not null default now(),
    check (num_nonnulls(idea_id, comment_id) = 1)
);
create unique index idea_report_idea_uk on idea_report (idea_id, account_id) where idea_id is not null;
create unique index idea_report_comment_uk on idea_report (comment_id, account_id) where comment_id is not null;
create index idea_report_account_idx on idea_report (account_id);

-- A live question of a workshop session: participants choose among the workshop's ideas (optionally
-- of one dimension) on their phones, the projector shows the count as it arrives, and closing the
-- question freezes the result.
create table live_question (
    id             bigint generated always as identity primary key,
    workshop_id    bigint      not null references workshop (id) on delete cascade,
    region_id      bigint      not null references region (id),
    prompt         text        not null,
    dimension_code varchar(24) references smart_dimension (code),
    max_choices    int         not null default 3 check (max_choices between 1 and 20),
    allow_ideas    boolean     not null default true,
    status         varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    opened_at      timestamptz,
    closed_at      timestamptz,
    -- the result at closing: [{"ideaId":..,"title":..,"votes":..}, ...] ordered by votes
    frozen_result  jsonb,
    created_at     timestamptz not null default now(),
    version        int         not null default 0
);
create index live_question_idx on live_question (workshop_id, created_at);

create table live_vote (
    question_id bigint      not null references live_question (id) on delete cascade,
    idea_id     bigint      not null references idea (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (question_id, idea_id, account_id)
);
create index live_vote_account_idx on live_vote (question_id, account_id);

-- Statistics and indicators chosen for the workshop's data presentation, in the order shown.
create table workshop_presentation_item (
    id              bigint generated always as identity primary key,
    workshop_id     bigint      not null references workshop (id) on delete cascade,
    region_id       bigint      not null references region (id),
    position        int         not null,
    profile_stat_id bigint references profile_stat (id) on delete cascade,
    indicator_id    bigint references indicator (id) on delete cascade,
    check (num_nonnulls(profile_stat_id, indicator_id) = 1)
);
create index workshop_presentation_idx on workshop_presentation_item (workshop_id, position);
