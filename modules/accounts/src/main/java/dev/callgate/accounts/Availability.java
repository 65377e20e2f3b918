package dev.callgate.accounts;

/** Whether an agent takes calls now (R2: an offline agent is never offered a call). */
public enum Availability {
  ONLINE,
  OFFLINE
}
