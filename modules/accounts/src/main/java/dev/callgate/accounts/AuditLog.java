package dev.callgate.accounts;

import java.util.List;

/**
 * The audit log of rule A3. Services record their own changes in the same transaction, so an
 * audited change and its entry commit or roll back together.
 */
public interface AuditLog {

  void record(Actor actor, String action, String target, String detail);

  /** The newest entries of one business, newest first. */
  List<AuditEntryView> recent(long businessId, int limit);
}
