package dev.callgate.sandbox.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Pending tasks ordered by due instant, then by the order they were added. */
public final class TimerQueue {

  private final ConcurrentSkipListMap<Key, Runnable> pending = new ConcurrentSkipListMap<>();
  private final AtomicLong sequence = new AtomicLong();

  public Handle add(Instant due, Runnable task) {
    Key key = new Key(due, sequence.incrementAndGet());
    pending.put(key, task);
    return new Handle(key);
  }

  /** Removes and returns the tasks due at {@code now}, earliest first. */
  public List<Runnable> takeDue(Instant now) {
    List<Runnable> due = new ArrayList<>();
    while (true) {
      var first = pending.firstEntry();
      if (first == null || first.getKey().due().isAfter(now)) {
        return due;
      }
      if (pending.remove(first.getKey()) != null) {
        due.add(first.getValue());
      }
    }
  }

  public int size() {
    return pending.size();
  }

  private record Key(Instant due, long seq) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : Long.compare(seq, other.seq);
    }
  }

  /** Cancels a pending task; a task already fired is unaffected. */
  public final class Handle {
    private final Key key;

    private Handle(Key key) {
      this.key = key;
    }

    public void cancel() {
      pending.remove(key);
    }
  }
}
