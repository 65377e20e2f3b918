package dev.callgate.permissions.internal;

/**
 * A reply names a request Callgate cannot match yet because a request to the pair still awaits the
 * Cloud API's answer, which carries the id. Thrown so that the webhook pipeline rolls the reply
 * back and processes it again a moment later, when the id is known (P12).
 */
public class ReplyOutranRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReplyOutranRequest(String contextId) {
    super("reply to " + contextId + " arrived while a request to the pair was still being sent");
  }
}
