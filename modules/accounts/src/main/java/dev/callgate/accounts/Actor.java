package dev.callgate.accounts;

import java.util.Objects;

/**
 * Who changes something, for the audit log (A3) and for scoping to one business (A2).
 *
 * @param businessId the business the actor belongs to; every change stays inside it
 * @param principal "agent:&lt;email&gt;", "api-key:&lt;prefix&gt;" or "system:&lt;job&gt;"
 * @param source where the action came from: a client address, or the job name
 */
public record Actor(long businessId, String principal, String source) {

  public Actor {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(source, "source");
  }

  public static Actor system(long businessId, String job) {
    return new Actor(businessId, "system:" + job, "server");
  }
}
