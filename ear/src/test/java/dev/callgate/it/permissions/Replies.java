package dev.callgate.it.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.TestServer;
import dev.callgate.it.webhooks.WebhookSender;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Permission replies delivered straight to Callgate's webhook receiver, signed as Meta signs them:
 * for replies the sandbox would (rightly) never send, such as an answer to an expired request
 * arriving late.
 */
final class Replies {

  private Replies() {}

  /** Meta's automatic grant after a customer's call, with the callback setting on (P3b). */
  static void deliverCallback(String waId, String callId, Instant at) {
    post(waId, callId, true, "automatic", at);
  }

  static void deliver(String waId, String contextId, boolean accept, Instant at) {
    post(waId, contextId, accept, "user_action", at);
  }

  private static void post(
      String waId, String contextId, boolean accept, String source, Instant at) {
    String body =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages",
         "value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"919876543210","phone_number_id":"%s"},
          "messages":[{"from":"%s","id":"wamid.late%d","timestamp":"%d","type":"interactive",
           %s
           "interactive":{"type":"call_permission_reply","call_permission_reply":{
             "response":"%s","is_permanent":false,"response_source":"%s"}}}]}}]}]}
        """
            .formatted(
                WebhookSender.SUNRISE_WABA,
                Pairs.NUMBER_ID,
                waId,
                ThreadLocalRandom.current().nextLong(1_000_000_000L),
                at.getEpochSecond(),
                contextId == null
                    ? ""
                    : "\"context\":{\"from\":\"919876543210\",\"id\":\"" + contextId + "\"},",
                accept ? "accept" : "reject",
                source);
    HttpResponse<String> response = new WebhookSender(TestServer.base()).post(body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
