-- Region module: the tenant and what it owns at the foundation.

create table province (
    code char(2) primary key,
    name text not null
);

insert into province (code, name) values
 ('11','Aceh'),('12','Sumatera Utara'),('13','Sumatera Barat'),('14','Riau'),('15','Jambi'),
 ('16','Sumatera Selatan'),('17','Bengkulu'),('18','Lampung'),('19','Kepulauan Bangka Belitung'),
 ('21','Kepulauan Riau'),('31','DKI Jakarta'),('32','Jawa Barat'),('33','Jawa Tengah'),
 ('34','DI Yogyakarta'),('35','Jawa Timur'),('36','Banten'),('51','Bali'),('52','Nusa Tenggara Barat'),
 ('53','Nusa Tenggara Timur'),('61','Kalimantan Barat'),('62','Kalimantan Tengah'),
 ('63','Kalimantan Selatan'),('64','Kalimantan Timur'),('65','Kalimantan Utara'),('71','Sulawesi Utara'),
 ('72','Sulawesi Tengah'),('73','Sulawesi Selatan'),('74','Sulawesi Tenggara'),('75','Gorontalo'),
 ('76','Sulawesi Barat'),('81','Maluku'),('82','Maluku Utara'),('91','Papua'),('92','Papua Barat'),
 ('93','Papua Selatan'),('94','Papua Tengah'),('95','Papua Pegunungan'),('96','Papua Barat Daya');

create table region (
    id                bigint generated always as identity primary key,
    code              varchar(8)  not null unique,
    name              text        not null,
    type              varchar(16) not null check (type in ('KABUPATEN', 'KOTA', 'PROVINSI')),
    province          text        not null,
    capital           text,
    area_km2          numeric(12, 2) check (area_km2 is null or area_km2 > 0),
    population        bigint check (population is null or population > 0),
    population_year   int check (population_year is null or population_year between 1900 and 2200),
    population_source text,
    logo              bytea,
    logo_content_type varchar(64),
    created_at        timestamptz not null default now(),
    version           int         not null default 0
);

create table masterplan (
    id                bigint generated always as identity primary key,
    region_id         bigint      not null references region (id),
    title             text        not null,
    start_year        int         not null,
    end_year          int         not null,
    status            varchar(16) not null default 'DRAFT'
        check (status in ('DRAFT', 'IN_REVIEW', 'ADOPTED', 'ARCHIVED')),
    regulation_number text,
    regulation_date   date,
    created_at        timestamptz not null default now(),
    version           int         not null default 0,
    check (end_year >= start_year),
    check (status <> 'ADOPTED' or (regulation_number is not null and regulation_date is not null))
);
create index masterplan_region_idx on masterplan (region_id);

create table opd (
    id           bigint generated always as identity primary key,
    region_id    bigint      not null references region (id),
    name         text        not null,
    abbreviation varchar(40) not null,
    head_name    text,
    email        text,
    phone        varchar(40),
    address      text,
    created_at   timestamptz not null default now(),
    version      int         not null default 0
);
create unique index opd_region_abbreviation_uk on opd (region_id, lower(abbreviation));
create unique index opd_region_name_uk on opd (region_id, lower(name));

create table stakeholder (
    id               bigint generated always as identity primary key,
    region_id        bigint      not null references region (id),
    kind             varchar(16) not null check (kind in ('ORGANISATION', 'PERSON')),
    name             text        not null,
    pentahelix_role  varchar(16) not null
        check (pentahelix_role in ('GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA')),
    organisation     text,
    position         text,
    email            text,
    phone            varchar(40),
    consent_at       timestamptz,
    consent_purpose  text,
    consent_recorded_by text,
    created_at       timestamptz not null default now(),
    version          int         not null default 0,
    check ((email is null and phone is null) or consent_at is not null)
);
create index stakeholder_region_idx on stakeholder (region_id, lower(name));
