package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.protocol.Protocol;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round-trip properties: {@code read(write(x))} equals {@code x}, and bytes are stable. */
class RoundTripTest {
  private static final int EXAMPLES = 1_000;
  private static final IptJson JSON = IptJson.defaults();
  private static final IptJson PRETTY = IptJson.builder().prettyPrint(true).build();

  private static <T> void roundTrips(Function<Random, T> gen, Class<T> type) {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              T value = gen.apply(new Random(seed));
              byte[] bytes = JSON.writeBytes(value);
              T again = JSON.read(bytes, type);
              assertEquals(value, again);
              assertArrayEquals(bytes, JSON.writeBytes(again));
              assertEquals(value, JSON.read(PRETTY.write(value), type));
            });
  }

  @Test
  void coursesRoundTrip() {
    roundTrips(Gens::course, Course.class);
  }

  @Test
  void eventsRoundTrip() {
    roundTrips(Gens::event, CourseEvent.class);
  }

  @Test
  void protocolsRoundTrip() {
    roundTrips(Gens::protocol, Protocol.class);
  }

  @Test
  void measurementsRoundTrip() {
    roundTrips(Gens::measurement, Measurement.class);
  }
}
