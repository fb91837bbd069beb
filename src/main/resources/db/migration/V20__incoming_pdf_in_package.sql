-- A văn bản đến's PDF is the attachment of its edXML package, which is stored as it came: keeping the PDF a
-- second time beside it doubled what each received copy writes (a chain's six copies wrote 2.75 MB of WAL, of
-- which the PDFs 1.1 MB; docs/BENCHMARKS.md). The PDF is read from the package when asked for; its SHA-256 stays.
-- Every stored pdf was the package's attachment (Inbox.receive took it from there), so nothing is lost.
alter table incoming_document drop column pdf;
