package dev.callgate.calls;

/**
 * Who missed a call (C6): the AGENT side when no agent accepted a customer's call (or agents
 * rejected it), the CUSTOMER when a business call went unanswered or was rejected.
 */
public enum MissedBy {
  AGENT,
  CUSTOMER
}
