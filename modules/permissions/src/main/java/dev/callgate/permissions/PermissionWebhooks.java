package dev.callgate.permissions;

import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.cloudapi.webhook.PermissionStatus;
import java.time.Instant;

/**
 * What the calls module hands the permissions module from the webhooks it processed, once per
 * event. Each reply is kept as received together with what it did (applied, or why not).
 */
public interface PermissionWebhooks {

  /**
   * A user answered a call permission request, or granted or revoked from the business profile
   * (Meta's {@code call_permission_reply}). Matched to its request by context id only (P12).
   */
  void onReply(PermissionReply reply);

  /** 360dialog's {@code call_permission_status} for a user. */
  void onStatus(PermissionStatus status);

  /**
   * The customer wrote to the business or called it: the customer service window opens (T3). With
   * the number's callback setting on, a call also grants a temporary permission (P3b).
   *
   * @param callId the call's id for a call, null for a message
   */
  void onCustomerContact(String numberId, String waId, String callId, Instant at);

  /** How many webhook replies were recorded for this user, across all numbers. */
  long repliesRecorded(String waId);
}
