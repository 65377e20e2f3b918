package dev.callgate.cloudapi.webhook;

/** What an event is about; processing dispatches on it. */
public enum WebhookKind {
  CALL_CONNECT,
  CALL_STATUS,
  CALL_TERMINATE,
  PERMISSION_REPLY,
  PERMISSION_STATUS,
  CUSTOMER_MESSAGE,
  TEMPLATE_STATUS,
  ACCOUNT_SETTINGS
}
