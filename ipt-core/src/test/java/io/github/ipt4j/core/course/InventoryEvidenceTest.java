package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.reject;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.Evidence;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.Level;
import io.github.ipt4j.core.event.LifeEvent;
import io.github.ipt4j.core.event.OnsetTiming;
import io.github.ipt4j.core.event.ProblemAreaIdentified;
import io.github.ipt4j.core.event.RelationshipRole;
import io.github.ipt4j.core.protocol.ProblemArea;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence names only a person of the interpersonal inventory: IPT-INVENTORY-003 (#11). */
class InventoryEvidenceTest {
  private static final HostId MOTHER = HostId.of("person-mother");
  private static final HostId PARTNER = HostId.of("person-partner");

  /** An initial session whose inventory holds the patient's late mother. */
  private static Course withMother() {
    InventoryPerson mother =
        new InventoryPerson(
            MOTHER, RelationshipRole.PARENT, 1, ContactFrequency.NONE, Level.NONE, false, Level.NONE,
            false, false, true, true);
    return accept(open(Protocols.ACUTE), held(1), InventoryPersonAdded.of(week(1), mother));
  }

  static Stream<Arguments> evidence() {
    return Stream.of(
        Arguments.of(
            "grief for the mother who is in the inventory",
            ProblemArea.GRIEF, Evidence.about(LifeEvent.DEATH, OnsetTiming.NEAR_ONSET, MOTHER), true),
        Arguments.of(
            "a dispute with a partner never added to the inventory",
            ProblemArea.ROLE_DISPUTE, Evidence.about(LifeEvent.CONFLICT, OnsetTiming.NEAR_ONSET, PARTNER), false),
        Arguments.of(
            "a role transition that names no one",
            ProblemArea.ROLE_TRANSITION, Evidence.of(LifeEvent.MOVE, OnsetTiming.NEAR_ONSET), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidence")
  void evidenceMayNameOnlyAPersonOfTheInventory(
      String situation, ProblemArea area, Evidence evidence, boolean accepted) {
    ProblemAreaIdentified identified = ProblemAreaIdentified.of(week(1), area, evidence, 1);
    if (accepted) {
      Course c = accept(withMother(), identified);
      assertEquals(evidence.person(), c.candidates().get(0).evidence().person(), situation);
    } else {
      reject(withMother(), identified, Rule.INVENTORY_EVIDENCE_UNKNOWN_PERSON);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidence")
  void addingThePersonFirstLetsTheEvidenceThrough(
      String situation, ProblemArea area, Evidence evidence, boolean ignored) {
    Course c = withMother();
    Optional<HostId> named = evidence.person();
    if (named.isPresent() && !c.inventory().containsKey(named.get())) {
      InventoryPerson p =
          new InventoryPerson(
              named.get(), RelationshipRole.PARTNER, 1, ContactFrequency.DAILY, Level.LOW, false,
              Level.HIGH, true, true, true, false);
      c = accept(c, InventoryPersonAdded.of(week(1), p));
    }
    accept(c, ProblemAreaIdentified.of(week(1), area, evidence, 1));
  }
}
