-- Where a programme came from: the workshop or consultation ideas it was promoted from, and the
-- workshop decisions (notulen) about it. The workshop, and the idea's supporters, follow from the idea.
create table programme_idea (
    programme_id bigint      not null references programme (id) on delete cascade,
    idea_id      bigint      not null references idea (id) on delete cascade,
    region_id    bigint      not null references region (id),
    linked_at    timestamptz not null default now(),
    linked_by    text,
    primary key (programme_id, idea_id)
);
create index programme_idea_idea_idx on programme_idea (idea_id);

create table programme_decision (
    programme_id bigint      not null references programme (id) on delete cascade,
    decision_id  bigint      not null references workshop_decision (id) on delete cascade,
    region_id    bigint      not null references region (id),
    linked_at    timestamptz not null default now(),
    primary key (programme_id, decision_id)
);
create index programme_decision_decision_idx on programme_decision (decision_id);
