-- Calling settings are stored first and pushed to the Cloud API after the commit. Each stored
-- change gets the next settings_version; the push_* columns say how the push of the latest one went.
alter table accounts_phone_number add column settings_version bigint default 0 not null;
alter table accounts_phone_number add column push_status varchar(16);
alter table accounts_phone_number add column push_at timestamp with time zone;
alter table accounts_phone_number add column push_error varchar(500);
