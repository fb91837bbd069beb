-- Sending (issue 13): every copy of an issued document that goes to a recipient, what the recipient
-- answered about it, and the outbox that carries documents and answers until they are delivered.

create table sent_copy (
    id              uuid         primary key,
    dispatch_id     uuid         not null,      -- the issued dispatch (workflow's dispatch.id)
    sender_agency   varchar(64)  not null references agency (id),
    document_id     varchar(300) not null,      -- edXML DocumentId: <organ id>,<yyyy/MM/dd>,<số>/<ký hiệu>
    code            varchar(160) not null,      -- số/ký hiệu as printed, e.g. 15/UBND-KGVX
    issued_on       date         not null,
    subject         text         not null,      -- trích yếu as edXML Subject writes it
    recipient_kind  varchar(16)  not null,      -- AGENCY (this vanthu) | EXTERNAL (edXML adapter) | PERSON (e-mail)
    recipient_ref   varchar(254) not null,      -- agency id | organ id | e-mail address
    recipient_organ varchar(32),                -- the mã định danh answers come from; null for people
    recipient_name  varchar(400) not null,
    status          varchar(24)  not null,      -- vn.vanthu.exchange.CopyState
    status_reason   text,                       -- why it was refused, or why delivery failed
    status_at       timestamptz  not null,
    recall_reason   text,                       -- thu hồi: asked by the sender …
    recalled_at     timestamptz,
    recall_answer   varchar(16),                -- … and answered by the recipient: AGREED | REFUSED
    recall_answer_reason text,
    replaced_by     uuid,                       -- the dispatch that replaced this one (thay thế)
    unique (dispatch_id, recipient_kind, recipient_ref)
);
create index sent_copy_answers on sent_copy (document_id, recipient_organ);

-- Every status a copy went through, in order: what the sender reads.
create table sent_copy_event (
    id              bigserial    primary key,
    copy_id         uuid         not null references sent_copy (id),
    status          varchar(24)  not null,
    status_code     varchar(4),                 -- the QCVN 102 code when a recipient sent it
    reason          text,
    staff           varchar(200),               -- who acted at the recipient's end
    at              timestamptz  not null
);
create index sent_copy_event_copy on sent_copy_event (copy_id);

-- Messages waiting to leave: documents, recalls and status answers, retried with back-off; FAILED is an incident.
create table outbox_message (
    id              bigserial    primary key,
    agency_id       varchar(64)  not null references agency (id),   -- whose outbox (the sender of the message)
    copy_id         uuid         references sent_copy (id),         -- the copy it carries; null for status answers
    kind            varchar(16)  not null,      -- DOCUMENT | RECALL | STATUS
    channel         varchar(16)  not null,      -- INTERNAL | EDXML | EMAIL
    destination     varchar(254) not null,      -- agency id | organ id | e-mail address
    subject         text         not null,      -- what it is about, in words (e-mail subject, incident list)
    payload         bytea        not null,      -- the edXML package; for e-mail the PDF (empty for a recall notice)
    state           varchar(16)  not null,      -- PENDING | DELIVERED | FAILED
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
create index outbox_due on outbox_message (next_attempt_at) where state = 'PENDING';
create index outbox_incidents on outbox_message (agency_id) where state = 'FAILED';
