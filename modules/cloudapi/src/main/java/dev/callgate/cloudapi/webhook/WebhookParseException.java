package dev.callgate.cloudapi.webhook;

/** The body is not JSON, or not a webhook shape Callgate knows; the message says where. */
public class WebhookParseException extends RuntimeException {

  public WebhookParseException(String message) {
    super(message);
  }

  public WebhookParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
