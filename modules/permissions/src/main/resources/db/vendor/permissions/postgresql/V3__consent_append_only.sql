-- P11: the consent ledger is never updated or deleted, whoever connects.
create function permissions_consent_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the consent ledger is append-only (rule P11): % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger permissions_consent_no_change
    before update or delete on permissions_consent
    for each row execute function permissions_consent_append_only();

create trigger permissions_consent_no_truncate
    before truncate on permissions_consent
    for each statement execute function permissions_consent_append_only();
