package dev.callgate.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Rule B6 on H2, which runs triggers written in Java: refuses every update and delete of the wallet
 * ledger. H2 loads this class through the thread's context class loader, which is the billing
 * module's whenever the module works on its tables; anyone else who tries to rewrite the ledger
 * fails as well, because H2 then cannot even load the trigger. PostgreSQL has the same rule as a
 * PL/pgSQL trigger.
 */
public class LedgerAppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
    throw new SQLException("the wallet ledger is append-only (rule B6)", "42501");
  }
}
