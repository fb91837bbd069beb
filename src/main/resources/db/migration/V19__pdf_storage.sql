-- PDFs and edXML packages are stored as they are, out of line, without PostgreSQL's own compression: a PDF's
-- streams are deflated already and a package is mostly base64 of that PDF, so pglz gains almost nothing on
-- them and costs CPU on every write (measured in docs/BENCHMARKS.md, "PostgreSQL's share of a chain").
alter table dispatch_version alter column pdf set storage external;
alter table outbox_message alter column payload set storage external;
alter table incoming_document alter column package set storage external;
alter table incoming_document alter column pdf set storage external;
