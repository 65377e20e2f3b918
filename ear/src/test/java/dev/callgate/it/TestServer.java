package dev.callgate.it;

import java.net.URI;

/** Where the server under test listens (the build may shift its ports with port.offset). */
public final class TestServer {

  /** The demo API keys documented in the README; the test server runs with demo data. */
  public static final String SUNRISE_KEY = "cg_demoSunrise4c9f2a7d1e8b";

  public static final String AURORA_KEY = "cg_demoAurora7b3e9d1c5a2f";

  public static final String DEMO_PASSWORD = "callgate-demo";

  private TestServer() {}

  public static URI base() {
    // the build names the offset for test JVMs; inside the server, the server's own setting holds
    // it
    int offset =
        Integer.parseInt(
            System.getProperty(
                "callgate.port.offset",
                System.getProperty("jboss.socket.binding.port-offset", "0")));
    return URI.create("http://127.0.0.1:" + (8080 + offset));
  }

  public static URI uri(String path) {
    return base().resolve(path);
  }
}
