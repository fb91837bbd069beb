-- Receiving (issue 13): văn bản đến of each agency, its sổ văn bản đến (own yearly series, gapless),
-- and what happened to each copy on the way (checked, registered, assigned, handled, recalled).

create table incoming_document (
    id              uuid         primary key,
    agency_id       varchar(64)  not null references agency (id),   -- the receiving agency
    document_id     varchar(300) not null,      -- edXML DocumentId
    sender_organ    varchar(32)  not null,
    sender_name     varchar(400) not null,
    sender_agency   varchar(64)  references agency (id),            -- when the sender is in this vanthu
    code            varchar(160) not null,      -- số/ký hiệu
    issued_on       date         not null,
    place           varchar(100) not null,
    type_name       varchar(100) not null,
    subject         text         not null,
    signer          varchar(300) not null,
    priority        integer      not null,      -- 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc
    package         bytea        not null,      -- the edXML package as it came
    pdf             bytea,
    pdf_sha256      char(64),
    state           varchar(16)  not null,      -- vn.vanthu.exchange.IncomingState
    refusal_reason  text,
    register_year   integer,
    register_number integer,                    -- số đến
    registered_on   date,                       -- ngày đến
    registered_by   varchar(64),
    handler         varchar(64),                -- who handles it (phân công)
    answer_needed   boolean,
    due_on          date,
    assigned_by     varchar(64),
    completed_at    timestamptz,
    completion_note text,
    reply_wanted    boolean,
    recalled_at     timestamptz,
    recall_reason   text,
    recall_answer   varchar(16),                -- AGREED | REFUSED
    recall_answer_reason text,
    replaces        uuid         references incoming_document (id),
    replaced_by     uuid         references incoming_document (id),
    process_instance_id varchar(64),
    received_at     timestamptz  not null,
    lock_version    integer      not null default 0,
    check ((register_number is null) = (register_year is null))
);
-- one live copy of a document per agency: a redelivery is the same copy; after a refusal it may come again
create unique index incoming_once on incoming_document (agency_id, document_id) where state <> 'REFUSED';
create unique index incoming_register on incoming_document (agency_id, register_year, register_number);
create index incoming_agency_year on incoming_document (agency_id, register_year);

-- The last số đến of each agency's yearly series; registering bumps it under the row lock.
create table incoming_register_counter (
    agency_id       varchar(64)  not null references agency (id),
    year            integer      not null,
    last_number     integer      not null check (last_number > 0),
    primary key (agency_id, year)
);

create table incoming_event (
    id              bigserial    primary key,
    incoming_id     uuid         not null references incoming_document (id),
    step            varchar(64)  not null,
    actor           varchar(64)  not null,
    decision        varchar(32)  not null,
    comment         text,
    at              timestamptz  not null
);
create index incoming_event_incoming on incoming_event (incoming_id);
