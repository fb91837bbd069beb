-- A reply dispatch names the văn bản đến it answers (its id in the sổ văn bản đến), set by the server when
-- the draft is created from it; the edXML packages of the issued reply carry it as ResponseFor.
alter table dispatch add column answers uuid references incoming_document (id);
