package dev.callgate.permissions.internal;

/**
 * How far a request got toward the customer: reserved under the pair's lock, taken by the Cloud
 * API, or refused or lost on the way.
 */
public enum RequestDelivery {
  SENDING,
  SENT,
  FAILED
}
