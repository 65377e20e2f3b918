package dev.callgate.permissions.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: writes down temporary permissions and requests that lapsed (P6, P7) so the ledger
 * and the integrators' events do not wait for someone to look, and compares a batch of active
 * permissions with the Cloud API (P10). The timer is not persistent: a missed run is simply caught
 * up by the next.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PermissionSweeper {

  private static final Logger LOG = Logger.getLogger(PermissionSweeper.class.getName());

  @EJB private PairMaintenance maintenance;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "permission sweeper")
  void sweep() {
    maintenance.lapsed().forEach(maintenance::settle);
    for (Long id : maintenance.dueForReconciliation()) {
      try {
        maintenance.reconcile(id);
      } catch (RuntimeException e) {
        // the Cloud API is down or refuses: try this pair again on the next pass
        LOG.log(Level.WARNING, "Reconciliation of pair " + id + " failed: " + e.getMessage());
      }
    }
  }
}
