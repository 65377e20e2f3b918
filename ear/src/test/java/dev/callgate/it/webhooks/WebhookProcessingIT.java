package dev.callgate.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.calls.CallDirection;
import dev.callgate.calls.CallHistory;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.CallView;
import dev.callgate.calls.WebhookEventStatus;
import dev.callgate.calls.WebhookEventView;
import dev.callgate.calls.WebhookEvents;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.PublicUrl;
import dev.callgate.permissions.PermissionWebhooks;
import dev.callgate.templates.TemplateWebhooks;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Processing inside the server, where the store can be read: duplicates processed once,
 * out-of-order call events (C4), and each kind reaching its module. Deliveries still go over HTTP
 * to the receiver, signed.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookProcessingIT {

  private static final String[] PACKED = {
    "uic-connect.json",
    "uic-terminate-completed.json",
    "d360-call-permission-status-granted.json",
    "template-status-approved.json",
    "permission-reply-accept-temporary.json"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "callgate-tests.war")
            .addClasses(WebhookProcessingIT.class, WebhookSender.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    File dir = new File(System.getProperty("fixtures.dir"), "meta-webhooks");
    for (String name : PACKED) {
      tests.addAsResource(new File(dir, name), "fixtures/" + name);
    }
    return Deployments.callgate().addAsModule(Testable.archiveToTest(tests));
  }

  @Inject WebhookEvents events;
  @Inject CallHistory calls;
  @Inject PermissionWebhooks permissions;
  @Inject TemplateWebhooks templates;

  private final WebhookSender meta = new WebhookSender(URI.create(PublicUrl.resolve(null)));

  @Test
  void fiftyConcurrentDuplicatesAreStoredAndProcessedOnce() throws Exception {
    String callId = "wacid.dup-" + UUID.randomUUID();
    String body = withCall("uic-connect.json", callId);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        replies.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return meta.post(body).statusCode();
                },
                pool));
      }
      start.countDown();
      for (CompletableFuture<Integer> reply : replies) {
        assertEquals(200, reply.get());
      }
    } finally {
      pool.shutdownNow();
    }
    WebhookEventView event = awaitProcessed("call:" + callId + ":connect");
    assertEquals(49, event.duplicates());
    assertEquals(1, event.attempts());
    assertEquals(List.of("CONNECT:offer"), calls.events(callId));
  }

  @Test
  void C4_aTerminateBeforeItsConnectEndsTheCallTheConnectMakes() {
    String callId = "wacid.c4-" + UUID.randomUUID();
    assertEquals(200, meta.post(toSunrise("uic-terminate-completed.json", callId)).statusCode());
    awaitProcessed("call:" + callId + ":terminate");
    assertTrue(calls.byWaCallId(callId).isEmpty(), "held back until its call is known");
    assertEquals(200, meta.post(toSunrise("uic-connect.json", callId)).statusCode());
    awaitProcessed("call:" + callId + ":connect");

    CallView call = calls.byWaCallId(callId).orElseThrow();
    assertEquals(CallDirection.USER_INITIATED, call.direction());
    assertEquals(CallStatus.COMPLETED, call.status());
    assertEquals(120, call.durationSeconds());
    assertEquals(List.of("TERMINATE:COMPLETED", "CONNECT:offer"), calls.events(callId));
  }

  @Test
  void C4_webhooksOfACallToAnUnknownNumberAreJournaledAndMakeNoCall() {
    String callId = "wacid.c4-unknown-" + UUID.randomUUID();
    assertEquals(200, meta.post(withCall("uic-terminate-completed.json", callId)).statusCode());
    awaitProcessed("call:" + callId + ":terminate");
    assertEquals(200, meta.post(withCall("uic-connect.json", callId)).statusCode());
    awaitProcessed("call:" + callId + ":connect");

    assertTrue(calls.byWaCallId(callId).isEmpty());
    assertEquals(List.of("TERMINATE:COMPLETED", "CONNECT:offer"), calls.events(callId));
  }

  @Test
  void permissionAndTemplateWebhooksReachTheirModules() {
    for (String name :
        new String[] {
          "d360-call-permission-status-granted.json",
          "template-status-approved.json",
          "permission-reply-accept-temporary.json"
        }) {
      HttpResponse<String> ok = meta.post(WebhookSender.packedFixture(name));
      assertEquals(200, ok.statusCode(), name + ": " + ok.body());
    }
    awaitProcessed("permission:366634483210360:12185552828:GRANTED");
    awaitProcessed("template:594425479261596:APPROVED:1749196000");
    awaitProcessed("msg:wamid.HBgLMTIxODU1NTI4MjgVAgASGBQzQUZCMTY0RDQ1RkE2RkI2RkE4MAA=");
    assertEquals("APPROVED", templates.latestStatus("594425479261596"));
    assertTrue(permissions.repliesRecorded("12185552828") >= 2);
  }

  private WebhookEventView awaitProcessed(String key) {
    boolean processed =
        WebhookSender.eventually(
            Duration.ofSeconds(20),
            () ->
                events
                    .byDedupeKey(key)
                    .map(e -> e.status() == WebhookEventStatus.PROCESSED)
                    .orElse(false));
    assertTrue(processed, key + " processed: " + events.byDedupeKey(key));
    return events.byDedupeKey(key).orElseThrow();
  }

  /** The fixture as a call to Sunrise's US number, which Callgate knows. */
  private static String toSunrise(String fixture, String callId) {
    return withCall(fixture, callId)
        .replace("436666719526789", "106540352242933")
        .replace("919000012345", "16502530000");
  }

  private static String withCall(String fixture, String callId) {
    return WebhookSender.packedFixture(fixture)
        .replace("wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh", callId);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
