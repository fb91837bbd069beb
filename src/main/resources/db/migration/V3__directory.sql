-- The directory of the province: agencies (UBND tỉnh and its Sở) and the people who act in the chain.
-- Ids are also Camunda group and user ids; the demo loader fills both tables at start-up.
create table agency (
    id              varchar(64)  primary key,   -- also the Camunda group of everyone in the agency
    kind            varchar(16)  not null,      -- UBND_TINH | SO
    name_lines      text[]       not null,      -- ô 2, the agency's own name as printed
    parent_lines    text[]       not null,      -- ô 2, the body above it (empty for UBND tỉnh)
    abbreviation    varchar(32)  not null,      -- in ký hiệu: SLĐTBXH, UBND
    place           varchar(64)  not null,      -- ô 4
    address         text[]       not null,      -- ô 13
    parent_id       varchar(64)  references agency (id),
    short_name      varchar(200) not null,      -- the name inside running text
    sort_order      integer      not null       -- UBND tỉnh first, then the Sở
);

create table person (
    user_id         varchar(64)  primary key,   -- the Camunda user id
    full_name       varchar(200) not null,
    agency_id       varchar(64)  not null references agency (id),
    role            varchar(32)  not null,      -- vn.vanthu.directory.Role
    unit            varchar(32)  not null       -- phòng abbreviation, as in "Lưu: VT, BTXH."
);
create index person_agency_role on person (agency_id, role);
