package dev.callgate.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The error table of the integrator API. Calling errors keep the Cloud API's numeric codes so an
 * integrator who already handles them needs no second table; Callgate's own errors use strings.
 */
public enum ErrorCode {
  NO_APPROVED_PERMISSION(
      138006,
      403,
      "No approved call permission",
      "Request a call permission from the customer first"),
  CPR_EXPIRED(
      138010,
      403,
      "CPR expired",
      "The temporary permission has lapsed; ask the customer for permission again"),
  TOO_MANY_CPR_REQUESTS(
      138011,
      429,
      "Too many CPR requests",
      "Wait until retryAfter before sending this customer another call permission request"),
  CALL_LIMIT_EXCEEDED(
      138012,
      429,
      "Business call limit exceeded",
      "Wait until retryAfter before starting another call"),
  COUNTRY_UNAVAILABLE(
      138013,
      403,
      "Business-initiated calling unavailable for this number's country",
      "Call from a business number of another country, or let the customer call you"),
  INVALID_SDP(
      138014,
      400,
      "Invalid SDP",
      "Send an RFC 8866 audio offer with one Opus m-line, ICE credentials and a DTLS fingerprint"),
  CALL_ONGOING(
      138003,
      409,
      "A call with this user is already ongoing",
      "Wait for the ongoing call with this customer to end"),
  PERMANENT_PERMISSION_EXISTS(
      138017,
      409,
      "Permanent permission already granted",
      "Call the customer directly; no new permission request is needed"),
  INSUFFICIENT_BALANCE(
      "insufficient_balance",
      402,
      "Wallet balance too low",
      "Top up the wallet so that the balance is above zero"),
  NO_RATE_FOR_MARKET(
      "no_rate_for_market",
      422,
      "No rate for the destination market",
      "Calls to this destination cannot be priced; ask Callgate support to add a rate"),
  CHAT_NOT_ASSIGNED_TO_AGENT(
      "chat_not_assigned_to_agent",
      403,
      "Only the assigned agent can call",
      "Assign the customer's chat to the calling agent first"),
  VALIDATION_FAILED(
      "validation_failed",
      400,
      "Invalid request",
      "Correct the fields listed in fields and send the request again"),
  /** Meta itself has calling off for the number (not enabled, or paused for low quality). */
  CALLING_RESTRICTED(
      "calling_restricted",
      403,
      "Calling restricted by the Cloud API",
      "Check the number's calling settings and quality in WhatsApp Manager; upstreamCode says"
          + " which restriction applies"),
  UPSTREAM_UNAVAILABLE(
      "upstream_unavailable",
      503,
      "Cloud API unavailable",
      "Retry later; the WhatsApp Cloud API did not answer after several attempts"),
  UNAUTHORIZED(
      "unauthorized",
      401,
      "Missing or invalid API key",
      "Send a valid, unrevoked API key as 'Authorization: Bearer <api-key>'"),
  FORBIDDEN(
      "forbidden",
      403,
      "Not allowed",
      "Ask an owner of the business for a role that allows this action"),
  NOT_FOUND(
      "not_found",
      404,
      "Not found",
      "Check the identifier; resources of other businesses are never visible"),
  METHOD_NOT_ALLOWED(
      "method_not_allowed",
      405,
      "Method not allowed",
      "Use one of the HTTP methods listed in the Allow header"),
  NOT_ACCEPTABLE("not_acceptable", 406, "Not acceptable", "Accept application/json"),
  CONFLICT(
      "conflict", 409, "Conflict", "Reload the resource and apply the change to its current state"),
  PAYLOAD_TOO_LARGE(
      "payload_too_large", 413, "Request body too large", "Send a smaller request body"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported_media_type", 415, "Unsupported media type", "Send the body as application/json"),
  NOT_IMPLEMENTED(
      "not_implemented",
      501,
      "Not available yet",
      "This feature is not available yet; check the release notes"),
  INTERNAL_ERROR(
      "internal_error",
      500,
      "Internal error",
      "Retry later; if the error persists, contact Callgate support");

  private final Object code;
  private final int httpStatus;
  private final String title;
  private final String resolution;

  ErrorCode(Object code, int httpStatus, String title, String resolution) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.title = title;
    this.resolution = resolution;
  }

  /** An {@link Integer} for calling codes, a {@link String} otherwise, as the JSON carries it. */
  public Object code() {
    return code;
  }

  public boolean numeric() {
    return code instanceof Integer;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String title() {
    return title;
  }

  public String resolution() {
    return resolution;
  }

  /**
   * Finds the constant for a code as it arrives from the Cloud API or a client, so that {@code
   * 138006}, {@code 138006L} and {@code "138006"} all match.
   */
  public static Optional<ErrorCode> forCode(Object code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = String.valueOf(code);
    return Arrays.stream(values()).filter(c -> String.valueOf(c.code).equals(wanted)).findFirst();
  }
}
