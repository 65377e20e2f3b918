package dev.callgate.calls;

/** Who placed a call: the business (BIC, rule C1) or the customer (UIC, rule C3). */
public enum CallDirection {
  BUSINESS_INITIATED,
  USER_INITIATED
}
