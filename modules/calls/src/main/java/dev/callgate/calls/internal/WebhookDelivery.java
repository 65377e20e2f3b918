package dev.callgate.calls.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One POST as received, byte for byte, so any event can be traced to what Meta sent. */
@Entity
@Table(name = "calls_webhook_delivery")
public class WebhookDelivery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "body_sha256")
  private String bodySha256;

  private byte[] body;

  private int events;

  protected WebhookDelivery() {}

  WebhookDelivery(byte[] body, String bodySha256, int events, Instant receivedAt) {
    this.body = body;
    this.bodySha256 = bodySha256;
    this.events = events;
    this.receivedAt = receivedAt;
  }

  long id() {
    return id;
  }
}
