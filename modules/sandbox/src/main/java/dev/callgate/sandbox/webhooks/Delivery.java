package dev.callgate.sandbox.webhooks;

import java.time.Instant;

/** One webhook as sent: its body and signature, and how delivering it went so far. */
public final class Delivery {

  /** Where a delivery stands. */
  public enum Status {
    PENDING,
    RETRYING,
    DELIVERED,
    FAILED
  }

  private final long id;
  private final Instant createdAt;
  private final String url;
  private final String field;
  private final String body;
  private final String signature;
  private final Long duplicateOf;
  private Status status = Status.PENDING;
  private int attempts;
  private Integer httpStatus;
  private String lastError;

  Delivery(
      long id,
      Instant createdAt,
      String url,
      String field,
      String body,
      String signature,
      Long duplicateOf) {
    this.id = id;
    this.createdAt = createdAt;
    this.url = url;
    this.field = field;
    this.body = body;
    this.signature = signature;
    this.duplicateOf = duplicateOf;
  }

  synchronized void attempted(Integer httpStatus, String error, Status status) {
    this.attempts++;
    this.httpStatus = httpStatus;
    this.lastError = error;
    this.status = status;
  }

  public long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String url() {
    return url;
  }

  public String field() {
    return field;
  }

  public String body() {
    return body;
  }

  public String signature() {
    return signature;
  }

  /** The delivery this one repeats, when the sandbox sent a deliberate duplicate. */
  public Long duplicateOf() {
    return duplicateOf;
  }

  public synchronized Status status() {
    return status;
  }

  public synchronized int attempts() {
    return attempts;
  }

  public synchronized Integer httpStatus() {
    return httpStatus;
  }

  public synchronized String lastError() {
    return lastError;
  }
}
