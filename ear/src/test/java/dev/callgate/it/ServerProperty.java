package dev.callgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * A server system property set before a test class deploys Callgate and removed after: MicroProfile
 * Config reads system properties at deployment, so this is how a test lowers a limit.
 */
public final class ServerProperty {

  private ServerProperty() {}

  public static void set(ManagementClient management, String name, String value) throws Exception {
    execute(management, "add", name, value);
  }

  public static void remove(ManagementClient management, String name) throws Exception {
    execute(management, "remove", name, null);
  }

  private static void execute(
      ManagementClient management, String operation, String name, String value) throws Exception {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    op.get("address").add("system-property", name);
    if (value != null) {
      op.get("value").set(value);
    }
    ModelNode result = management.getControllerClient().execute(op);
    assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
  }
}
