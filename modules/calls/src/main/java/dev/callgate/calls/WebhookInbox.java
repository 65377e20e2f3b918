package dev.callgate.calls;

/**
 * Takes in a webhook delivery whose signature the receiver has already checked.
 *
 * <p>Stores the raw delivery and one row per event it carries, in the caller's transaction (or a
 * new one), and enqueues each new event for processing in that same transaction: when this returns
 * and the transaction commits, the events are durable and will be processed. An event already
 * stored (a duplicate delivery, rule C4) is only counted.
 */
public interface WebhookInbox {

  /**
   * @throws dev.callgate.kernel.CallingException validation_failed when the body is not JSON or not
   *     a webhook shape Callgate knows; then nothing is stored
   */
  WebhookReceipt receive(byte[] body);
}
