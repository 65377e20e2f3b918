-- B6: the wallet ledger is never updated or deleted, whoever connects (see LedgerAppendOnlyTrigger).
create trigger billing_ledger_no_change before update, delete on billing_ledger
    for each row call 'dev.callgate.billing.internal.LedgerAppendOnlyTrigger';
