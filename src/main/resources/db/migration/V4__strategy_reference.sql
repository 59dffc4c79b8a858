-- Strategy module: the six smart-city dimensions and their 18 elements (fixed reference data,
-- mirrored by the enums id.rancang.strategy.Dimension and Element; a test keeps both equal).

create table smart_dimension (
    code    varchar(24) primary key,
    name_id text        not null,
    name_en text        not null,
    ordinal int         not null unique
);

create table smart_element (
    code           varchar(32) primary key,
    dimension_code varchar(24) not null references smart_dimension (code),
    name_id        text        not null,
    name_en        text        not null,
    ordinal        int         not null unique
);

insert into smart_dimension (code, name_id, name_en, ordinal) values
 ('GOVERNANCE', 'Smart Governance', 'Smart Governance', 1),
 ('BRANDING', 'Smart Branding', 'Smart Branding', 2),
 ('ECONOMY', 'Smart Economy', 'Smart Economy', 3),
 ('LIVING', 'Smart Living', 'Smart Living', 4),
 ('SOCIETY', 'Smart Society', 'Smart Society', 5),
 ('ENVIRONMENT', 'Smart Environment', 'Smart Environment', 6);

insert into smart_element (code, dimension_code, name_id, name_en, ordinal) values
 ('PUBLIC_SERVICE', 'GOVERNANCE', 'Pelayanan Publik', 'Public service', 1),
 ('BUREAUCRACY', 'GOVERNANCE', 'Manajemen Birokrasi', 'Bureaucracy management', 2),
 ('PUBLIC_POLICY', 'GOVERNANCE', 'Kebijakan Publik', 'Public policy', 3),
 ('TOURISM', 'BRANDING', 'Pariwisata', 'Tourism branding', 4),
 ('BUSINESS', 'BRANDING', 'Bisnis', 'Business branding', 5),
 ('CITY_APPEARANCE', 'BRANDING', 'Wajah Kota', 'City appearance', 6),
 ('INDUSTRY', 'ECONOMY', 'Ekosistem Industri', 'Industry', 7),
 ('WELFARE', 'ECONOMY', 'Kesejahteraan Masyarakat', 'Welfare', 8),
 ('FINANCIAL_TRANSACTIONS', 'ECONOMY', 'Ekosistem Transaksi Keuangan', 'Financial transactions', 9),
 ('SPATIAL_HARMONY', 'LIVING', 'Harmonisasi Tata Ruang', 'Liveable spatial planning', 10),
 ('HEALTH', 'LIVING', 'Kesehatan', 'Health', 11),
 ('MOBILITY', 'LIVING', 'Sarana Transportasi', 'Mobility', 12),
 ('COMMUNITY', 'SOCIETY', 'Interaksi Masyarakat', 'Community interaction', 13),
 ('LEARNING', 'SOCIETY', 'Ekosistem Belajar', 'Learning ecosystem', 14),
 ('SECURITY', 'SOCIETY', 'Keamanan', 'Security', 15),
 ('PROTECTION', 'ENVIRONMENT', 'Proteksi Lingkungan', 'Environmental protection', 16),
 ('WASTE', 'ENVIRONMENT', 'Pengelolaan Sampah dan Limbah', 'Waste', 17),
 ('ENERGY', 'ENVIRONMENT', 'Manajemen Energi', 'Energy', 18);
