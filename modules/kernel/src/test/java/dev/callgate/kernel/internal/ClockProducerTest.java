package dev.callgate.kernel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.ShiftableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

  @Test
  void everyInjectionPointGetsTheSameClock() {
    ClockProducer producer = new ClockProducer();

    assertThat(producer.clock()).isSameAs(producer.clock()).isSameAs(producer.shiftableClock());
  }

  @Test
  void advancingTheShiftableClockMovesTheInjectedClock() {
    ClockProducer producer = new ClockProducer();
    Clock clock = producer.clock();
    Instant before = Instant.now();

    producer.shiftableClock().advance(Duration.ofDays(8));

    assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(8)));
  }

  @Test
  void shiftableClockProductIsNotASecondClockBean() throws Exception {
    Typed typed = ClockProducer.class.getMethod("shiftableClock").getAnnotation(Typed.class);

    assertThat(typed.value()).containsExactly(ShiftableClock.class);
    assertThat(ClockProducer.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
  }

  @Test
  void beansXmlMakesTheJarABeanArchive() {
    assertThat(ClockProducer.class.getResource("/META-INF/beans.xml")).isNotNull();
  }
}
