package dev.callgate.api.errors;

import dev.callgate.kernel.ErrorCode;
import java.util.Map;

/**
 * The error code and message for a bare HTTP status that the framework or the server chose (an
 * unknown path, a wrong method), so that such refusals read like Callgate's own.
 */
public final class HttpStatuses {

  private static final Map<Integer, ErrorCode> BY_STATUS =
      Map.of(
          400, ErrorCode.VALIDATION_FAILED,
          401, ErrorCode.UNAUTHORIZED,
          403, ErrorCode.FORBIDDEN,
          404, ErrorCode.NOT_FOUND,
          405, ErrorCode.METHOD_NOT_ALLOWED,
          406, ErrorCode.NOT_ACCEPTABLE,
          409, ErrorCode.CONFLICT,
          413, ErrorCode.PAYLOAD_TOO_LARGE,
          415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);

  private HttpStatuses() {}

  public static ErrorCode code(int status) {
    return BY_STATUS.getOrDefault(status, ErrorCode.INTERNAL_ERROR);
  }

  public static String message(ErrorCode code) {
    return switch (code) {
      case VALIDATION_FAILED -> "The request could not be read";
      case NOT_FOUND -> "No such resource";
      case METHOD_NOT_ALLOWED -> "This resource does not accept that method";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
      case NOT_ACCEPTABLE -> "This resource answers in application/json";
      default -> code.title();
    };
  }
}
