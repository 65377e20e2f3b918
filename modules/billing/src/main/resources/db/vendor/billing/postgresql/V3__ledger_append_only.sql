-- B6: the wallet ledger is never updated or deleted, whoever connects.
create function billing_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the wallet ledger is append-only (rule B6): % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger billing_ledger_no_change
    before update or delete on billing_ledger
    for each row execute function billing_ledger_append_only();

create trigger billing_ledger_no_truncate
    before truncate on billing_ledger
    for each statement execute function billing_ledger_append_only();
