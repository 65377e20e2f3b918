package dev.callgate.permissions;

/**
 * How a call permission request is sent: the free-form interactive message, allowed only inside the
 * customer service window (T3), or an approved template, allowed at any time (T2).
 */
public enum RequestKind {
  INTERACTIVE,
  TEMPLATE
}
