package dev.callgate.sandbox.meta;

import java.util.Map;

/**
 * A refusal in Meta's terms: the Graph error code, the HTTP status Meta answers with, and the
 * {@code error_data} details. The graph resources turn it into Meta's error envelope.
 */
public class MetaError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;
  private final int httpStatus;
  private final String type;
  private final String details;
  private final Map<String, Object> extraData;

  public MetaError(int code, int httpStatus, String message, String details) {
    this(code, httpStatus, "OAuthException", message, details, Map.of());
  }

  public MetaError(
      int code,
      int httpStatus,
      String type,
      String message,
      String details,
      Map<String, Object> extraData) {
    super(message);
    this.code = code;
    this.httpStatus = httpStatus;
    this.type = type;
    this.details = details;
    this.extraData = Map.copyOf(extraData);
  }

  public static MetaError invalidParameter(String details) {
    return new MetaError(100, 400, "(#100) Invalid parameter", details);
  }

  public static MetaError badToken() {
    return new MetaError(
        190,
        401,
        "OAuthException",
        "Invalid OAuth access token - Cannot parse access token",
        null,
        Map.of());
  }

  public int code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String type() {
    return type;
  }

  /** Null when Meta sends no details (the token error). */
  public String details() {
    return details;
  }

  public Map<String, Object> extraData() {
    return extraData;
  }
}
