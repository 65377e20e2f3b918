package dev.callgate.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRobinCursorTest {

  @Test
  void R5_theWalkStartsAfterTheLastAgentAndWrapsAround() {
    assertThat(RoundRobinCursor.rotation(List.of(1L, 2L, 3L), 2L)).containsExactly(3L, 1L, 2L);
  }

  @Test
  void R5_aCursorOutsideThePoolStartsAtItsFirstAgent() {
    assertThat(RoundRobinCursor.rotation(List.of(1L, 2L, 3L), 9L)).containsExactly(1L, 2L, 3L);
    assertThat(RoundRobinCursor.rotation(List.of(1L, 2L, 3L), null)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void R5_theNextEligibleAgentSkipsTheOthers() {
    assertThat(RoundRobinCursor.next(List.of(1L, 2L, 3L), 1L, a -> a != 2L)).contains(3L);
    assertThat(RoundRobinCursor.next(List.of(1L, 2L, 3L), 1L, a -> false)).isEmpty();
  }
}
