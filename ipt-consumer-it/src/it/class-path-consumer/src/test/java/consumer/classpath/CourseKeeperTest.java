package consumer.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.json.IptJson;
import org.junit.jupiter.api.Test;

class CourseKeeperTest {

  @Test
  void opensAppliesRefusesAndRoundTripsJson() {
    CourseKeeper.Result r = CourseKeeper.run();
    assertEquals(2, r.course().history().size());
    assertFalse(r.refusedCodes().isEmpty());
    assertTrue(r.json().contains("\"format\":\"ipt4j.course\""), r.json());
    assertEquals(r.course(), r.readBack());
  }

  @Test
  void runsOnTheClassPathWithoutJspecify() {
    assertFalse(CourseKeeper.class.getModule().isNamed());
    assertFalse(Course.class.getModule().isNamed());
    assertFalse(IptJson.class.getModule().isNamed());
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("org.jspecify.annotations.NullMarked"));
  }
}
