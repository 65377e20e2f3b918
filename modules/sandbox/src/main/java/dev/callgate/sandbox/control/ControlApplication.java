package dev.callgate.sandbox.control;

import dev.callgate.sandbox.SandboxSwitch;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The control API; listed explicitly so the Graph stand-in's token filter stays out of it. */
@ApplicationPath("/v1")
public class ControlApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SandboxSwitch.class,
        UsersResource.class,
        ClockResource.class,
        WebhooksResource.class,
        NumbersResource.class,
        PhonesResource.class,
        IntakeResource.class);
  }
}
