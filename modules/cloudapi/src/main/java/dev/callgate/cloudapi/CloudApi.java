package dev.callgate.cloudapi;

import java.util.List;

/**
 * The Cloud API endpoints Callgate uses ({@code cloud-api.md} §2 and §4). Every method either
 * returns Meta's answer or throws a {@link dev.callgate.kernel.CallingException} carrying
 * Callgate's error code and Meta's code in {@code upstreamCode}; an outage, a timeout or an open
 * circuit arrives as {@code upstream_unavailable}, never as a transport exception.
 */
public interface CloudApi {

  /** Starts a business-initiated call; returns the call id ({@code wacid.…}). Never retried. */
  String connect(
      CloudApiAccount account,
      String phoneNumberId,
      String to,
      String sdpOffer,
      String bizOpaqueCallbackData);

  /** Pre-accepts a user-initiated call with the SDP answer, so media can be set up early. */
  void preAccept(CloudApiAccount account, String phoneNumberId, String callId, String sdpAnswer);

  /** Accepts a user-initiated call; the SDP must equal the pre-accepted one. */
  void accept(
      CloudApiAccount account,
      String phoneNumberId,
      String callId,
      String sdpAnswer,
      String bizOpaqueCallbackData);

  void reject(CloudApiAccount account, String phoneNumberId, String callId);

  void terminate(CloudApiAccount account, String phoneNumberId, String callId);

  /** Sends the free-form interactive call permission request; returns the message id. */
  String sendCallPermissionRequest(
      CloudApiAccount account, String phoneNumberId, String to, String bodyText);

  /** Sends an approved template (e.g. a call permission request template); returns the wamid. */
  String sendTemplate(
      CloudApiAccount account,
      String phoneNumberId,
      String to,
      String templateName,
      String language,
      List<String> bodyParameters);

  CallPermissions callPermissions(CloudApiAccount account, String phoneNumberId, String userWaId);

  NumberSettings settings(CloudApiAccount account, String phoneNumberId);

  /** Posts the settings; null parts are left out, and call hours are replaced wholesale. */
  void updateSettings(CloudApiAccount account, String phoneNumberId, NumberSettings settings);

  /** Submits a template with the call permission request component to the WABA. */
  TemplateCreated createTemplate(CloudApiAccount account, String wabaId, TemplateRequest template);
}
