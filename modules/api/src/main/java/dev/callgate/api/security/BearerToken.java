package dev.callgate.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reads {@code Authorization: Bearer <key>}. */
final class BearerToken {

  private static final String SCHEME = "bearer ";

  private BearerToken() {}

  static Optional<String> from(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() <= SCHEME.length()) {
      return Optional.empty();
    }
    if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(SCHEME.length()).trim());
  }

  static boolean present(HttpServletRequest request) {
    return request.getHeader("Authorization") != null;
  }
}
