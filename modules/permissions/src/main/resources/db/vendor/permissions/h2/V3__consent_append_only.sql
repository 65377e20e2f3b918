-- P11: the consent ledger is never updated or deleted, whoever connects (see AppendOnlyTrigger).
create trigger permissions_consent_no_change before update, delete on permissions_consent
    for each row call 'dev.callgate.permissions.internal.AppendOnlyTrigger';
