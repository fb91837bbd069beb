-- What the exchange of documents needs from the directory (issue 13), added beside V3:
-- the mã định danh of each agency, an e-mail per person, the agencies outside this vanthu that
-- documents go to, and the Nơi nhận lines a văn thư has mapped once to recipients.

-- QCVN 102:2016/BTTTT organ id as amended by TT 01/2022/TT-BTTTT, e.g. 000.00.00.H16
alter table agency add column organ_id varchar(32) unique;

alter table person add column email varchar(254);

-- Agencies reached through an exchange adapter (edXML), not through this vanthu's own inboxes.
create table external_agency (
    organ_id        varchar(32)  primary key,
    name            varchar(400) not null,      -- as written in ToPlaces and the edXML To element
    email           varchar(254),
    address         varchar(400),
    sort_order      integer      not null
);

-- "UBND các huyện, thị xã, thành phố" → the agencies it means, remembered per mapping agency.
create table recipient_mapping (
    agency_id       varchar(64)  not null references agency (id),
    text_key        varchar(400) not null,      -- the line folded: NFC, lower case, single spaces, no end punctuation
    text            varchar(400) not null,      -- the line as the văn thư first mapped it
    targets         jsonb        not null,      -- [{"kind":"AGENCY|EXTERNAL|PERSON|EMAIL","ref":"…","name":"…"}]; [] = not sent
    mapped_by       varchar(64)  not null,
    mapped_at       timestamptz  not null,
    primary key (agency_id, text_key)
);
