package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.SandboxSwitch;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Cloud API stand-in; listed explicitly so the control API's classes stay out of it. */
@ApplicationPath("/graph")
public class GraphApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SandboxSwitch.class,
        AccessTokenFilter.class,
        MetaErrorMapper.class,
        UnmatchedRequestMapper.class,
        CallsResource.class,
        MessagesResource.class,
        CallPermissionsResource.class,
        SettingsResource.class,
        MessageTemplatesResource.class);
  }
}
