package dev.callgate.accounts;

/** The console roles of rule A1, widest first. */
public enum Role {
  OWNER,
  SUPERADMIN,
  SALES_LEAD,
  ADMIN,
  TEAMMATE;

  /** Whether this role administers the whole business (keys, agents, settings). */
  public boolean administers() {
    return this == OWNER || this == SUPERADMIN;
  }
}
