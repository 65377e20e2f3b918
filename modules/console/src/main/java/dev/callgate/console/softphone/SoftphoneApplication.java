package dev.callgate.console.softphone;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The console's only JAX-RS application. Its classes are listed so that nothing else in the WAR is
 * picked up as a resource or provider by accident.
 */
@ApplicationPath("/softphone")
public class SoftphoneApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SoftphoneCallsResource.class,
        RefusalMapper.class,
        SoftphoneBodyLimit.class,
        UnreadableRequestMapper.class);
  }
}
