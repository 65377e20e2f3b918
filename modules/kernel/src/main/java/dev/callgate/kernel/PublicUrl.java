package dev.callgate.kernel;

/**
 * Where this Callgate server is reachable from outside, for links, banners and the sandbox.
 *
 * <p>Operators set {@code callgate.public-url}; when it is unset or {@code auto}, the address is
 * derived from the server's own HTTP port and port offset, which is right for the demo and the
 * tests (several servers on one machine run with different offsets).
 */
public final class PublicUrl {

  private PublicUrl() {}

  /** The configured address without a trailing slash, or the derived local one. */
  public static String resolve(String configured) {
    if (configured != null
        && !configured.isBlank()
        && !"auto".equalsIgnoreCase(configured.strip())) {
      return configured.strip().replaceAll("/+$", "");
    }
    int port = Integer.getInteger("jboss.http.port", 8080);
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return "http://localhost:" + (port + offset);
  }
}
