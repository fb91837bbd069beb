-- Sổ văn bản đi: one number series per issuing body, calendar year and series (Decree 30 Điều 15).

-- The last number given in each series; issuing bumps it under the row lock, so concurrent issues
-- queue here and a rolled-back issue gives its number back (no gap, no duplicate).
create table register_counter (
    issuer          varchar(64)  not null,   -- agency id (directory)
    year            integer      not null,
    series          varchar(16)  not null,   -- ORDINARY | CONFIDENTIAL (Điều 15.2: mật numbered apart)
    last_number     integer      not null check (last_number > 0),
    primary key (issuer, year, series)
);

create table register_entry (
    issuer          varchar(64)  not null,
    year            integer      not null,
    series          varchar(16)  not null check (series in ('ORDINARY', 'CONFIDENTIAL')),
    number          integer      not null check (number > 0),
    symbol          varchar(128) not null,   -- ký hiệu after the slash, e.g. UBND-KGVX
    issued_on       date         not null,
    summary         text         not null,   -- trích yếu
    signer          varchar(256),
    recipients      text,                    -- nơi nhận
    dispatch_id     uuid,                    -- null for documents issued outside the chain
    registered_at   timestamptz  not null default now(),
    primary key (issuer, year, series, number),
    check (extract(year from issued_on) = year)
);
create index register_entry_dispatch on register_entry (dispatch_id);
