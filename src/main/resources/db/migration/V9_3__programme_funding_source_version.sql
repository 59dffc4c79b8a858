-- A region's own funding sources are renamed through pages and the API: like every edited record
-- they carry a version for optimistic locking (ADR 5).
alter table region_funding_source add column version int not null default 0;
