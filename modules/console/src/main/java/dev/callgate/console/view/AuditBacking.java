package dev.callgate.console.view;

import dev.callgate.accounts.AuditEntryView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.console.security.CurrentAgent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The newest audit entries of the business (A3), for owners and superadmins. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Enough for "what happened today"; older entries stay in the log itself. */
  private static final int SHOWN = 200;

  @Inject private AuditLog audit;

  @Inject private CurrentAgent me;

  private transient List<AuditEntryView> entries;

  public List<AuditEntryView> getEntries() {
    if (entries == null) {
      entries = audit.recent(me.getBusinessId(), SHOWN);
    }
    return entries;
  }

  public int getShown() {
    return SHOWN;
  }
}
