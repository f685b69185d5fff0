package consumer.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.json.IptJson;
import java.lang.module.ModuleDescriptor;
import java.util.List;
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
  void runsAsNamedModulesThatNeedJspecifyAtCompileTimeOnly() {
    assertEquals("consumer.modular", CourseKeeper.class.getModule().getName());
    assertEquals("io.github.ipt4j.core", Course.class.getModule().getName());
    assertEquals("io.github.ipt4j.json", IptJson.class.getModule().getName());
    for (Module m : List.of(Course.class.getModule(), IptJson.class.getModule())) {
      ModuleDescriptor.Requires jspecify =
          m.getDescriptor().requires().stream()
              .filter(r -> r.name().equals("org.jspecify"))
              .findFirst()
              .orElseThrow();
      assertTrue(
          jspecify.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC),
          m.getName() + " must need org.jspecify at compile time only");
    }
  }
}
