package dev.callgate.cloudapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callgate.cloudapi.CallPermissions.Status;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client over real HTTP against {@link GraphStub} (no container, so no Fault Tolerance). */
class HttpCloudApiTest {

  private GraphStub graph;
  private HttpCloudApi api;
  private CloudApiAccount account;

  @BeforeEach
  void start() throws Exception {
    graph = new GraphStub();
    api = new HttpCloudApi(new GraphHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    account = new CloudApiAccount(graph.baseUrl() + "/", "v23.0", "token-1", "secret-1");
  }

  @AfterEach
  void stop() {
    graph.close();
  }

  @Test
  void connectPostsTheOfferWithTheBearerTokenAndReturnsTheCallId() {
    graph.answer(
        200,
        "{\"messaging_product\":\"whatsapp\",\"calls\":[{\"id\":\"wacid.ABGGFjFVU2AfAgo6V\"}]}");
    String id = api.connect(account, "106540352242922", "14085551234", "v=0\r\n", "0fS5cePMok");
    assertThat(id).isEqualTo("wacid.ABGGFjFVU2AfAgo6V");

    GraphStub.Received request = graph.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.pathAndQuery()).isEqualTo("/v23.0/106540352242922/calls");
    assertThat(request.authorization()).isEqualTo("Bearer token-1");
    JsonObject body = CallPermissionsReaderTest.json(request.body());
    assertThat(body.getString("action")).isEqualTo("connect");
    assertThat(body.getString("to")).isEqualTo("14085551234");
    assertThat(body.getJsonObject("session").getString("sdp_type")).isEqualTo("offer");
    assertThat(body.getJsonObject("session").getString("sdp")).isEqualTo("v=0\r\n");
    assertThat(body.getString("biz_opaque_callback_data")).isEqualTo("0fS5cePMok");
  }

  @Test
  void terminateAndAcceptSendTheCallId() {
    graph.answer(200, "{\"messaging_product\":\"whatsapp\",\"success\":true}");
    api.terminate(account, "1065", "wacid.X");
    assertThat(CallPermissionsReaderTest.json(graph.last().body()).getString("call_id"))
        .isEqualTo("wacid.X");
    api.accept(account, "1065", "wacid.X", "answer-sdp", null);
    JsonObject accept = CallPermissionsReaderTest.json(graph.last().body());
    assertThat(accept.getString("action")).isEqualTo("accept");
    assertThat(accept.getJsonObject("session").getString("sdp_type")).isEqualTo("answer");
    assertThat(accept.containsKey("biz_opaque_callback_data")).isFalse();
  }

  @Test
  void aPermissionRequestIsAnInteractiveMessageAndReturnsTheWamid() {
    graph.answer(
        200, "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.HBg1\"}]}");
    assertThat(api.sendCallPermissionRequest(account, "1065", "919812345678", "May we call?"))
        .isEqualTo("wamid.HBg1");
    JsonObject body = CallPermissionsReaderTest.json(graph.last().body());
    assertThat(graph.last().pathAndQuery()).isEqualTo("/v23.0/1065/messages");
    assertThat(body.getString("type")).isEqualTo("interactive");
    assertThat(body.getJsonObject("interactive").getString("type"))
        .isEqualTo("call_permission_request");
    assertThat(body.getJsonObject("interactive").getJsonObject("body").getString("text"))
        .isEqualTo("May we call?");
  }

  @Test
  void aTemplateMessageCarriesItsBodyParameters() {
    graph.answer(200, "{\"messages\":[{\"id\":\"wamid.T\"}]}");
    assertThat(
            api.sendTemplate(
                account, "1065", "919812345678", "call_ok", "en_US", List.of("ON-12853")))
        .isEqualTo("wamid.T");
    JsonObject template =
        CallPermissionsReaderTest.json(graph.last().body()).getJsonObject("template");
    assertThat(template.getString("name")).isEqualTo("call_ok");
    assertThat(template.getJsonObject("language").getString("code")).isEqualTo("en_US");
    assertThat(
            template
                .getJsonArray("components")
                .getJsonObject(0)
                .getJsonArray("parameters")
                .getJsonObject(0)
                .getString("text"))
        .isEqualTo("ON-12853");
  }

  @Test
  void callPermissionsAsksForTheUserAndParsesTheAnswer() {
    graph.answer(200, CallPermissionsReaderTest.GUIDE_SAMPLE);
    assertThat(api.callPermissions(account, "1065", "919812345678").status())
        .isEqualTo(Status.TEMPORARY);
    assertThat(graph.last().method()).isEqualTo("GET");
    assertThat(graph.last().pathAndQuery())
        .isEqualTo("/v23.0/1065/call_permissions?user_wa_id=919812345678");
  }

  @Test
  void metaErrorEnvelopesBecomeCallingExceptions() {
    graph.answer(400, CloudApiErrorsTest.envelope(138009, "Too many requests", null));
    assertThatThrownBy(() -> api.sendCallPermissionRequest(account, "1065", "919812345678", "x"))
        .isInstanceOfSatisfying(
            CallingException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_CPR_REQUESTS);
              assertThat(e.upstreamCode()).isEqualTo(138009);
            });
  }

  @Test
  void aServerErrorIsAnUpstreamFailureForTheRetryPolicy() {
    graph.answer(503, CloudApiErrorsTest.envelope(138004, "Connection error", null));
    assertThatThrownBy(() -> api.settings(account, "1065"))
        .isInstanceOfSatisfying(
            UpstreamFailure.class, e -> assertThat(e.upstreamCode()).isEqualTo(138004));
  }

  @Test
  void aClosedPortIsUpstreamUnavailable() {
    CloudApiAccount dead = new CloudApiAccount("http://127.0.0.1:9/graph", "v23.0", "t", "s");
    assertThatThrownBy(() -> api.callPermissions(dead, "1065", "919812345678"))
        .isInstanceOfSatisfying(
            CallingException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
  }

  @Test
  void anUnexpectedSuccessAnswerIsUpstreamUnavailableNotANullId() {
    graph.answer(200, "{\"messaging_product\":\"whatsapp\"}");
    assertThatThrownBy(() -> api.connect(account, "1065", "1408", "sdp", null))
        .isInstanceOf(UpstreamFailure.class);
  }
}
