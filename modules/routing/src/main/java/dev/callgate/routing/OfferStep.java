package dev.callgate.routing;

/** Which link of the chain (R1) an offer came from. */
public enum OfferStep {
  /** The agent a Callgate-signed call-button or deep-link payload names ({@code agent:<id>}). */
  PREFERRED,
  /** The agent the customer's chat is assigned to. */
  ASSIGNEE,
  /** The contact's owner, for businesses with the CRM capability. */
  OWNER,
  /** The number's pool, by its strategy. */
  POOL
}
