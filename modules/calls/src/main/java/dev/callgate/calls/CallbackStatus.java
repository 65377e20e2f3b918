package dev.callgate.calls;

/** A callback task is OPEN until a call with the customer connects, then DONE. */
public enum CallbackStatus {
  OPEN,
  DONE
}
