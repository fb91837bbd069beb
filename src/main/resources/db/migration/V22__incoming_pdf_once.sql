-- Six Sở receiving one document kept its PDF six times, in base64 in each copy's edXML package (a chain's 1.6 MB
-- of 3.3 MB of database writes; docs/BENCHMARKS.md). A copy now keeps its package's own bytes and where the PDF
-- goes back in, and the PDF is kept once: the package is given back byte for byte as it came
-- (vn.vanthu.exchange.StoredPayload). Copies received before keep their whole package.
create table incoming_pdf (
    sha256  char(64)  primary key,
    pdf     bytea     not null
);
alter table incoming_pdf alter column pdf set storage external;

alter table incoming_document
    add column package_pdf_at integer,          -- where the PDF (incoming_pdf by pdf_sha256) goes back in, in base64
    add constraint incoming_document_pdf check (package_pdf_at is null or pdf_sha256 is not null);
