package dev.callgate.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.callgate.it.Deployments;
import dev.callgate.it.TestServer;
import jakarta.annotation.Resource;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A webhook signature speaks for its own tenant only (A2): with the two demo WABAs holding app
 * secrets of their own, a delivery for one signed with the other's secret, or with the shared
 * secret, is refused and nothing of it is stored. Runs in the server to give the WABAs their
 * secrets for the duration of each test.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookTenantIT {

  private static final String SUNRISE_SECRET = "sunrise-own-secret";
  private static final String AURORA_SECRET = "aurora-own-secret";
  private static final String AURORA_WABA = "203390129340411";

  @Deployment
  static EnterpriseArchive deployment() {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "callgate-tests.war")
            .addClasses(WebhookTenantIT.class, WebhookSender.class, TestServer.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsResource(
                new File(
                    new File(System.getProperty("fixtures.dir"), "meta-webhooks"),
                    "uic-connect.json"),
                "fixtures/uic-connect.json");
    return Deployments.callgate().addAsModule(Testable.archiveToTest(tests));
  }

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  DataSource database;

  private final WebhookSender meta = new WebhookSender(TestServer.base());

  @BeforeEach
  void giveBothWabasTheirOwnSecret() throws SQLException {
    appSecret(WebhookSender.SUNRISE_WABA, SUNRISE_SECRET);
    appSecret(AURORA_WABA, AURORA_SECRET);
  }

  @AfterEach
  void backToTheSharedSecret() throws SQLException {
    appSecret(WebhookSender.SUNRISE_WABA, null);
    appSecret(AURORA_WABA, null);
  }

  @Test
  void A2_aDeliveryForOneWabaSignedWithAnotherWabasSecretIsRefusedAndNothingStored()
      throws SQLException {
    String callId = "wacid.tenant-" + UUID.randomUUID();
    byte[] body = sunriseConnect(callId);

    HttpResponse<String> refused = meta.post(body, WebhookSender.sign(AURORA_SECRET, body));

    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals(0, stored(callId));
    HttpResponse<String> accepted = meta.post(body, WebhookSender.sign(SUNRISE_SECRET, body));
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals(1, stored(callId));
  }

  @Test
  void A2_theSharedSecretNoLongerSpeaksForAWabaWithASecretOfItsOwn() throws SQLException {
    String callId = "wacid.shared-" + UUID.randomUUID();
    byte[] body = sunriseConnect(callId);

    HttpResponse<String> refused =
        meta.post(body, WebhookSender.sign(WebhookSender.APP_SECRET, body));

    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals(0, stored(callId));
  }

  @Test
  void A2_anEntryOfMyWabaCannotCarryANumberOfAnotherWaba() throws SQLException {
    String callId = "wacid.smuggled-" + UUID.randomUUID();
    // Aurora's entry, Sunrise's number: neither secret speaks for both
    byte[] body =
        new String(sunriseConnect(callId), StandardCharsets.UTF_8)
            .replace(WebhookSender.SUNRISE_WABA, AURORA_WABA)
            .getBytes(StandardCharsets.UTF_8);

    assertEquals(401, meta.post(body, WebhookSender.sign(AURORA_SECRET, body)).statusCode());
    assertEquals(401, meta.post(body, WebhookSender.sign(SUNRISE_SECRET, body)).statusCode());
    assertEquals(0, stored(callId));
  }

  private static byte[] sunriseConnect(String callId) {
    return WebhookSender.toSunrise(WebhookSender.packedFixture("uic-connect.json"))
        .replace("wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh", callId)
        .getBytes(StandardCharsets.UTF_8);
  }

  private int stored(String callId) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from calls_webhook_event where call_id = ?")) {
      s.setString(1, callId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void appSecret(String wabaId, String secret) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement("update accounts_waba set app_secret = ? where id = ?")) {
      s.setString(1, secret);
      s.setString(2, wabaId);
      assertEquals(1, s.executeUpdate());
    }
  }
}
