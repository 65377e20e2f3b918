package dev.callgate.permissions.internal;

import dev.callgate.cloudapi.webhook.PermissionReply;
import dev.callgate.permissions.ConsentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies a customer's {@code call_permission_reply} to a locked pair. The context id decides what
 * the reply is about (P12): a request's wamid, a call's wacid (callback permission, P3b), or none
 * (a grant or revocation from the business profile, P3c, or Meta's own revocation after unanswered
 * calls).
 */
@ApplicationScoped
public class Replies {

  @Inject private PermissionPairs pairs;

  @Inject private PermissionRequests requests;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  public ReplyOutcome apply(PermissionPair pair, PermissionReply reply) {
    Instant now = clock.instant();
    Instant at = reply.timestamp() == null ? now : reply.timestamp();
    pairs.record(pair, pair.settle(now));
    pair.customerContact(at);
    String context = reply.contextId();
    if (context != null && !context.startsWith("wacid.")) {
      return toRequest(pair, reply, context, at);
    }
    if (!pair.replyIsCurrent(at)) {
      return ReplyOutcome.STALE;
    }
    List<Transition> done;
    if (context != null) {
      // the customer called with callback permission on: never shortens an active permission
      done =
          reply.accepted() && !pair.active(at)
              ? pair.grant(
                  false,
                  at,
                  ConsentSource.AUTOMATIC,
                  context,
                  "callback permission: the customer called",
                  settings.limits())
              : List.of();
    } else if (reply.accepted()) {
      done =
          pair.grant(
              reply.permanent(),
              at,
              ConsentSource.BUSINESS_PROFILE,
              reply.messageId(),
              "granted from the business profile",
              settings.limits());
    } else if ("automatic".equals(reply.responseSource())) {
      done =
          pair.revoke(
              at,
              ConsentSource.UNANSWERED_CALLS,
              reply.messageId(),
              "the Cloud API revoked the permission after unanswered calls");
    } else {
      done =
          pair.revoke(
              at, ConsentSource.BUSINESS_PROFILE, reply.messageId(), "revoked by the customer");
    }
    pairs.record(pair, done);
    return done.isEmpty() ? ReplyOutcome.UNCHANGED : ReplyOutcome.APPLIED;
  }

  private ReplyOutcome toRequest(
      PermissionPair pair, PermissionReply reply, String context, Instant repliedAt) {
    Optional<PermissionRequest> found = requests.byMessage(pair, context);
    if (found.isEmpty() && requests.anySending(pair)) {
      // Meta's answer to the request, carrying its id, is not recorded yet: the reply outran it
      throw new ReplyOutranRequest(context);
    }
    if (found.isEmpty()) {
      return ReplyOutcome.UNKNOWN_REQUEST;
    }
    PermissionRequest request = found.get();
    // Meta stamps replies to the second; an answer cannot come before the request it answers
    Instant at = request.sentAt().isAfter(repliedAt) ? request.sentAt() : repliedAt;
    if (!request.answerable(at)) {
      return ReplyOutcome.EXPIRED_REQUEST;
    }
    if (!pair.replyIsCurrent(at)) {
      return ReplyOutcome.STALE;
    }
    request.answered(reply.accepted(), at, settings.limits().requestExpiry());
    String detail = (reply.accepted() ? "accepted" : "declined") + " request " + context;
    List<Transition> done =
        reply.accepted()
            ? pair.grant(
                reply.permanent(),
                at,
                "automatic".equals(reply.responseSource())
                    ? ConsentSource.AUTOMATIC
                    : ConsentSource.USER_ACTION,
                reply.messageId(),
                detail,
                settings.limits())
            : pair.reject(at, reply.messageId(), detail);
    pairs.record(pair, done);
    return done.isEmpty() ? ReplyOutcome.UNCHANGED : ReplyOutcome.APPLIED;
  }
}
