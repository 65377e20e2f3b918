package dev.callgate.permissions.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Rule P11 on H2, which runs triggers written in Java: refuses every update and delete of the
 * consent ledger. H2 finds this class through the thread's context class loader, which is the
 * permissions module's whenever the module works on its tables; anyone else who tries to rewrite
 * the ledger gets an error too, because H2 then cannot even load the trigger. PostgreSQL has the
 * same rule as a PL/pgSQL trigger.
 */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
    throw new SQLException("the consent ledger is append-only (rule P11)", "42501");
  }
}
