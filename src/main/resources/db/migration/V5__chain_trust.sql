-- The chain a signer can trust (issue 10) and nobody acting for another agency (issue 9).

-- Who signs: the Sở leader the drafter chose, then (UBND chain) the UBND leader the office chose; the
-- leader who signs the Sở's submission letter. The version the open step decides on.
alter table dispatch add column signer            varchar(64) references person (user_id);
alter table dispatch add column submission_signer varchar(64) references person (user_id);
alter table dispatch add column under_decision    integer;
create unique index dispatch_process_instance on dispatch (process_instance_id);

-- Each decision names the version it was made on, by number and PDF hash.
alter table dispatch_event add column version        integer;
alter table dispatch_event add column version_sha256 char(64);

-- Consultation: the agencies asked and the working days they have, fixed when the chain starts.
alter table dispatch add column consulted         text[] not null default '{}';
alter table dispatch add column consultation_days integer;

-- Who may read confidential (mật) register entries and documents: leaders, the office and the văn thư.
alter table person add column cleared boolean not null default false;

-- A version may be a copy presented for signature (FOR_SIGNATURE).
alter table dispatch_version alter column mode type varchar(16);
