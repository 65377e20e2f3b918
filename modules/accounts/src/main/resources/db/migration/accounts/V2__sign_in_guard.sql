-- Failed console sign-ins per e-mail, counted in the database so that every node of a cluster
-- throttles the same way. Keyed by the SHA-256 of the e-mail as typed (trimmed, lower case):
-- unknown e-mails are counted too, so a lockout does not reveal who has an account, and text
-- typed into the e-mail field is never stored.
create table accounts_sign_in_guard (
    email_hash        varchar(64) primary key,
    window_started_at timestamp with time zone,
    failures          integer     not null default 0
);
