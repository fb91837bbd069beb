-- A dispatch belongs to an agency of the directory (V1 came before the directory tables existed).
alter table dispatch
    add constraint dispatch_agency_fk foreign key (agency_id) references agency (id);
alter table consultation
    add constraint consultation_agency_fk foreign key (agency_id) references agency (id);
