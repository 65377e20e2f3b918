package dev.callgate.calls.internal;

import dev.callgate.cloudapi.CloudApi;
import dev.callgate.cloudapi.CloudApiAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that must follow a committed decision, run on another thread with no transaction and no lock
 * held: Cloud API requests (decide and record under the lock, commit, then tell Meta) and queue
 * hand-offs. Nothing runs when the transaction rolls back.
 */
@ApplicationScoped
public class AfterCommit {

  private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

  @Inject private CloudApi cloudApi;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Resource private ManagedExecutorService executor;

  /**
   * Rejects a customer's call nobody takes. Best effort: if Meta fails, its own accept window ends
   * the call a little later, and Callgate has already recorded it.
   */
  void reject(CloudApiAccount account, String numberId, String waCallId) {
    run(
        () -> {
          try {
            cloudApi.reject(account, numberId, waCallId);
          } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Reject of " + waCallId + " not taken: " + e.getMessage());
          }
        });
  }

  /** Runs {@code task} on another thread once the current transaction committed, or at once. */
  void run(Runnable task) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      executor.execute(task);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              // this thread still carries the finished transaction: another one has none
              executor.execute(task);
            }
          }
        });
  }
}
