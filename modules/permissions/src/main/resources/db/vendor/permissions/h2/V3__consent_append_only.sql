-- P11: the consent ledger is never updated or deleted, whoever connects. H2 runs triggers written
-- in Java; it compiles this source itself, because the server's H2 module cannot load classes
-- from the application.
create trigger permissions_consent_no_change before update, delete on permissions_consent
for each row as $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection c, Object[] before, Object[] after)
                throws java.sql.SQLException {
            throw new java.sql.SQLException(
                "the consent ledger is append-only (rule P11)", "42501");
        }
    };
}
$$;
