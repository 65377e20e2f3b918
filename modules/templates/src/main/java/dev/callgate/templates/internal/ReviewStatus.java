package dev.callgate.templates.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * How a template's status follows Meta's reports (T2). Status webhooks may arrive twice, late or
 * out of order, and Meta may change its mind (a template rejected, then approved after an appeal;
 * approved, then paused or disabled for low quality). So:
 *
 * <ul>
 *   <li>The latest report wins, in arrival order: a later APPROVED after REJECTED applies.
 *   <li>Except a stale one: when both the report and the status it would replace carry Meta's
 *       timestamp, a report older than the one applied is ignored. Callgate's own clock is never
 *       compared with Meta's, so clock skew cannot hide an approval.
 *   <li>PENDING never replaces a reviewed status: Callgate submits each template once, so a PENDING
 *       arriving after a review can only be a late copy of the submission's state.
 *   <li>{@code REINSTATED} means sendable again and is stored as APPROVED; every other status is
 *       stored as Meta names it, and only APPROVED is sendable.
 *   <li>The reason belongs to the status it came with: {@code NONE} or none means null, so an
 *       approval after a rejection clears the rejection reason.
 * </ul>
 */
final class ReviewStatus {

  static final String PENDING = "PENDING";
  static final String APPROVED = "APPROVED";

  private static final int MAX_STATUS = 32;
  private static final int MAX_REASON = 512;

  private static final Outcome IGNORED = new Outcome(false, null, null);

  private ReviewStatus() {}

  /**
   * What a report does to a template whose status is {@code current}, stamped {@code
   * currentSentAt}.
   */
  static Outcome next(
      String current, Instant currentSentAt, String event, String reason, Instant sentAt) {
    String wanted = status(event);
    if (wanted == null) {
      return IGNORED;
    }
    if (PENDING.equals(wanted) && !PENDING.equals(current)) {
      return IGNORED;
    }
    if (sentAt != null && currentSentAt != null && sentAt.isBefore(currentSentAt)) {
      return IGNORED;
    }
    return new Outcome(true, wanted, reason(reason));
  }

  private static String status(String event) {
    if (event == null || event.isBlank()) {
      return null;
    }
    String upper = event.strip().toUpperCase(Locale.ROOT);
    if ("REINSTATED".equals(upper)) {
      return APPROVED;
    }
    return upper.length() > MAX_STATUS ? upper.substring(0, MAX_STATUS) : upper;
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank() || "NONE".equalsIgnoreCase(reason.strip())) {
      return null;
    }
    String text = reason.strip();
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
  }

  /** Whether a report applies, and the status and reason it leaves. */
  record Outcome(boolean applies, String status, String reason) {

    boolean differsFrom(String currentStatus, String currentReason) {
      return applies && (!status.equals(currentStatus) || !Objects.equals(reason, currentReason));
    }
  }
}
