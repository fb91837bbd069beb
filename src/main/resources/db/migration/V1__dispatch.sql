-- A dispatch (văn bản) travelling the drafting chain, and every version rendered on the way.
create table dispatch (
    id              uuid primary key,
    agency_id       varchar(64)  not null,   -- the drafting agency (directory)
    drafter         varchar(64)  not null,   -- Camunda user id of the chuyên viên
    chain           varchar(64)  not null,   -- process definition key
    state           varchar(32)  not null,
    document        jsonb        not null,   -- the input (docs/input-format.md) as last edited
    submission      jsonb,                   -- the Sở's own Công văn to UBND (chain 2)
    process_instance_id varchar(64),
    issued_symbol   varchar(128),
    issued_on       date,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    lock_version    integer      not null default 0
);
create index dispatch_agency on dispatch (agency_id);
create index dispatch_drafter on dispatch (drafter);

create table dispatch_version (
    dispatch_id     uuid         not null references dispatch (id),
    version         integer      not null,
    document_kind   varchar(32)  not null,   -- main | submission | consultation-summary
    step            varchar(64)  not null,   -- BPMN element id of the step that produced it
    actor           varchar(64)  not null,
    created_at      timestamptz  not null,
    mode            varchar(8)   not null,   -- DRAFT | FINAL
    input           jsonb        not null,
    content_sha256  char(64)     not null,   -- hash of the input without number and date
    pdf             bytea        not null,
    pdf_sha256      char(64)     not null,
    primary key (dispatch_id, version)
);

-- Decisions and comments, in order: the history an approver reads before deciding.
create table dispatch_event (
    id              bigserial    primary key,
    dispatch_id     uuid         not null references dispatch (id),
    step            varchar(64)  not null,
    actor           varchar(64)  not null,
    decision        varchar(32)  not null,
    comment         text,
    created_at      timestamptz  not null
);
create index dispatch_event_dispatch on dispatch_event (dispatch_id);

-- Xin ý kiến: one row per consulted agency.
create table consultation (
    dispatch_id     uuid         not null references dispatch (id),
    agency_id       varchar(64)  not null,
    due_on          date         not null,
    answer          varchar(16),             -- AGREED | COMMENTED | NO_ANSWER
    comment         text,
    answered_by     varchar(64),
    answered_at     timestamptz,
    reminded_at     timestamptz,
    accepted        boolean,
    explanation     text,
    primary key (dispatch_id, agency_id)
);
