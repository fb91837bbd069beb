-- A document sent to N recipients kept its PDF N times in the outbox: in base64 in each recipient's edXML package,
-- or as each e-mail's attachment (a chain's six Sở: 1.6 MB of the 4.8 MB it wrote; docs/BENCHMARKS.md). The PDF is
-- now kept once, and a message keeps its own bytes and where the PDF goes back in (vn.vanthu.exchange.StoredPayload).
-- Messages written before keep their whole payload and no PDF reference.
create table outbox_pdf (
    sha256  char(64)  primary key,
    pdf     bytea     not null
);
alter table outbox_pdf alter column pdf set storage external;

alter table outbox_message
    add column pdf_sha256 char(64) references outbox_pdf (sha256),  -- the PDF cut out of the payload, if any
    add column pdf_at     integer,                                  -- where it goes back into the payload
    add column pdf_base64 boolean,                                  -- in base64 (edXML package) or as is (e-mail)
    add constraint outbox_message_pdf check ((pdf_sha256 is null) = (pdf_at is null)
        and (pdf_at is null) = (pdf_base64 is null));
