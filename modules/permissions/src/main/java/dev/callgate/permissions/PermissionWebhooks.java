package dev.callgate.permissions;

import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.cloudapi.webhook.PermissionStatus;

/**
 * Where the calls module hands the permission webhooks it received. For now the replies are
 * recorded as they came; the permission state machine (P1-P12) will build on this intake and
 * replace the recording with real transitions.
 */
public interface PermissionWebhooks {

  /** A user answered a call permission request (Meta's {@code call_permission_reply}). */
  void onReply(PermissionReply reply);

  /** 360dialog's {@code call_permission_status} for a user. */
  void onStatus(PermissionStatus status);

  /** How many webhook replies were recorded for this user, across all numbers. */
  long repliesRecorded(String waId);
}
