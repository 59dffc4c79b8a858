-- Document module: frozen versions of a masterplan (ADR 10). A version is the resolved content the
-- books show, serialised as JSON at the moment of freezing, with the region logo of that moment.
-- Once written a row never changes: a trigger refuses every UPDATE, and every DELETE except the
-- one that comes with deleting the masterplan's region.

create table masterplan_version (
    id                bigint generated always as identity primary key,
    region_id         bigint         not null references region (id) on delete cascade,
    masterplan_id     bigint         not null references masterplan (id) on delete cascade,
    name              varchar(120)   not null check (length(btrim(name)) > 0),
    note              text           check (note is null or length(note) <= 2000),
    content_schema    int            not null,
    content           jsonb          not null check (jsonb_typeof(content) = 'object'),
    logo              bytea,
    logo_content_type varchar(64),
    frozen_at         timestamptz    not null default now(),
    frozen_by         text           not null,
    programme_count   int            not null check (programme_count >= 0),
    action_count      int            not null check (action_count >= 0),
    indicator_count   int            not null check (indicator_count >= 0),
    target_count      int            not null check (target_count >= 0),
    total_budget      numeric(20, 2) not null,
    check ((logo is null) = (logo_content_type is null))
);
create unique index masterplan_version_name_uk on masterplan_version (masterplan_id, lower(name));
create index masterplan_version_list_idx
    on masterplan_version (region_id, masterplan_id, frozen_at desc, id desc);

-- Masterplans are archived, never deleted, and a region's masterplans go only with the region; so
-- a DELETE that arrives when the region or the masterplan row is already gone is the cascade of
-- deleting the region (ON DELETE CASCADE above) and passes. Anything else is refused.
create function masterplan_version_frozen() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
        and (not exists (select 1 from region where id = old.region_id)
            or not exists (select 1 from masterplan where id = old.masterplan_id)) then
        return old;
    end if;
    raise exception 'masterplan version % is frozen: % refused', old.id, tg_op
        using errcode = 'integrity_constraint_violation',
              hint = 'Freeze a new version instead of changing this one.';
end;
$$;

create trigger masterplan_version_frozen
    before update or delete on masterplan_version
    for each row execute function masterplan_version_frozen();
