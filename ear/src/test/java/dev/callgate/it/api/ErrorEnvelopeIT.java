package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.TestServer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every refusal, ours or the framework's, comes in the contract's one error shape. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorEnvelopeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  private final Http api = Http.withKey(TestServer.SUNRISE_KEY);

  @Test
  void malformedJsonIsValidationFailedAndChangesNothing() {
    String before = api.get("/api/v1/contacts/919812345678").body();
    Reply reply = api.put("/api/v1/contacts/919812345678", "{\"name\": \"Broken\",");
    assertShape(reply, 400, "validation_failed");
    assertThat(api.get("/api/v1/contacts/919812345678").body()).isEqualTo(before);
  }

  @Test
  void beanValidationListsEveryField() {
    Reply reply = api.put("/api/v1/agents/1/availability", "{}");
    assertShape(reply, 400, "validation_failed");
    assertThat(reply.error().getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .containsExactly("availability");
  }

  @Test
  void anUnknownEnumValueIsValidationFailed() {
    assertShape(
        api.put("/api/v1/agents/1/availability", "{\"availability\":\"BUSY\"}"),
        400,
        "validation_failed");
  }

  @Test
  void anInvalidPhoneNumberNamesTheField() {
    Reply reply = api.get("/api/v1/contacts/12345");
    assertShape(reply, 400, "validation_failed");
    assertThat(reply.error().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("waId");
  }

  @Test
  void unknownPathIs404() {
    assertShape(api.get("/api/v1/no-such-thing"), 404, "not_found");
  }

  @Test
  void wrongMethodIs405() {
    assertShape(api.send("DELETE", "/api/v1/numbers", null, null), 405, "method_not_allowed");
  }

  @Test
  void wrongMediaTypeIs415() {
    assertShape(
        api.send("PUT", "/api/v1/agents/1/availability", "text/plain", "ONLINE"),
        415,
        "unsupported_media_type");
  }

  @Test
  void anOversizedBodyIs413() {
    String huge = "{\"name\":\"" + "x".repeat(300_000) + "\"}";
    assertShape(api.put("/api/v1/contacts/919812345678", huge), 413, "payload_too_large");
  }

  @Test
  void anUnknownContactIs404() {
    assertShape(api.get("/api/v1/contacts/919800000001"), 404, "not_found");
  }

  private static void assertShape(Reply reply, int status, String code) {
    Refusals.rest(reply, status, code);
  }
}
