package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payloads naming an agent: only Callgate can make one, and only for its own business. */
class DefaultAgentPayloadsTest {

  private static DefaultAgentPayloads signer(String secret) {
    DefaultAgentPayloads payloads = new DefaultAgentPayloads();
    payloads.secret = Optional.ofNullable(secret);
    payloads.appSecret = Optional.of("app-secret");
    payloads.deriveKey();
    return payloads;
  }

  @Test
  void R1_aSignedPayloadNamesItsAgent() {
    DefaultAgentPayloads payloads = signer(null);
    String payload = payloads.forAgent(1, 4);
    assertThat(payload).startsWith("agent:4.").hasSizeLessThanOrEqualTo(512);
    assertThat(payloads.agentOf(1, payload)).contains(4L);
  }

  @Test
  void R1_aForgedOrAlteredPayloadNamesNobody() {
    DefaultAgentPayloads payloads = signer(null);
    String genuine = payloads.forAgent(1, 4);
    assertThat(payloads.agentOf(1, "agent:4")).isEmpty();
    assertThat(payloads.agentOf(1, genuine.replace("agent:4.", "agent:5."))).isEmpty();
    assertThat(payloads.agentOf(1, "agent:4.AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(payloads.agentOf(1, null)).isEmpty();
  }

  @Test
  void A2_aPayloadSignedForOneBusinessNamesNobodyInAnother() {
    DefaultAgentPayloads payloads = signer(null);
    assertThat(payloads.agentOf(2, payloads.forAgent(1, 4))).isEmpty();
  }

  @Test
  void anotherSecretMakesAnotherSignature() {
    assertThat(signer("one").agentOf(1, signer("two").forAgent(1, 4))).isEmpty();
    assertThat(signer("one").agentOf(1, signer("one").forAgent(1, 4))).contains(4L);
  }
}
