package dev.callgate.sandbox.intake;

import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.time.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every state-changing Graph request, oldest first, with what the sandbox answered. The newest
 * {@value #KEEP} are kept: enough for any test, bounded for a demo left running.
 */
@ApplicationScoped
public class Received {

  private static final int KEEP = 5000;

  @Inject SandboxClock clock;

  private final AtomicLong ids = new AtomicLong();
  private final Deque<Entry> entries = new ArrayDeque<>();

  /** Notes a request as it arrives; the answer is filled in on the entry. */
  public Entry arrived(String numberId, String waId, String action, String callId) {
    Entry entry = new Entry(ids.incrementAndGet(), clock.instant(), numberId, waId, action, callId);
    synchronized (entries) {
      entries.addLast(entry);
      if (entries.size() > KEEP) {
        entries.removeFirst();
      }
    }
    return entry;
  }

  /** The requests that match every given criterion (null matches anything), oldest first. */
  public List<Entry> find(String numberId, String waId, String action) {
    synchronized (entries) {
      return entries.stream()
          .filter(e -> numberId == null || numberId.equals(e.numberId))
          .filter(e -> waId == null || waId.equals(e.waId))
          .filter(e -> action == null || action.equals(e.action))
          .toList();
    }
  }

  /** One request and, once answered, the answer. */
  public static final class Entry {
    public final long id;
    public final Instant at;
    public final String numberId;
    public final String waId;
    public final String action;
    public final String callId;
    private volatile int httpStatus;
    private volatile Integer code;

    Entry(long id, Instant at, String numberId, String waId, String action, String callId) {
      this.id = id;
      this.at = at;
      this.numberId = numberId;
      this.waId = waId;
      this.action = action;
      this.callId = callId;
    }

    void accepted() {
      httpStatus = 200;
    }

    void refused(MetaError error) {
      httpStatus = error.httpStatus();
      code = error.code();
    }

    /** 0 while the sandbox has not answered yet. */
    public int httpStatus() {
      return httpStatus;
    }

    /** Meta's error code of a refusal, else null. */
    public Integer code() {
      return code;
    }
  }
}
