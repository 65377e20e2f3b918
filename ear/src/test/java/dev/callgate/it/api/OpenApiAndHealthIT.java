package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiAndHealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void theOpenApiDocumentDescribesTheRestApiWithoutAKey() {
    Reply reply = Http.withKey(null).get("/api/openapi?format=JSON");
    assertThat(reply.status()).isEqualTo(200);
    JsonObject paths = reply.json().getJsonObject("paths");
    assertThat(paths)
        .containsKeys(
            "/api/v1/numbers",
            "/api/v1/contacts/{waId}",
            "/api/v1/agents",
            "/api/v1/agents/{agentId}/availability");
    assertThat(paths.getJsonObject("/api/v1/contacts/{waId}")).containsKeys("get", "put");
    assertThat(reply.json().getJsonObject("components").getJsonObject("securitySchemes"))
        .containsKey("apiKey");
  }

  @Test
  void readinessChecksTheDatabaseAndJms() throws Exception {
    int port = 9990 + Integer.parseInt(System.getProperty("callgate.port.offset", "0"));
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"name\":\"jms\",\"status\":\"UP\"");
  }
}
