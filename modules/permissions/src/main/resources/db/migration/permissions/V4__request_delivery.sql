-- A request is reserved SENDING before the Cloud API hears of it, then SENT with Meta's message id,
-- or FAILED with the reason (it then counts toward no limit). Existing rows were all sent.
alter table permissions_request add column delivery varchar(16) default 'SENT' not null;
alter table permissions_request add column failure varchar(500);
alter table permissions_request alter column message_id drop not null;
