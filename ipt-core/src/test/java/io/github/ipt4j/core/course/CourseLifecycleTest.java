package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.CourseOpened;
import io.github.ipt4j.core.event.EventType;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.event.InventoryPersonAdded;
import io.github.ipt4j.core.event.InventoryPersonUpdated;
import io.github.ipt4j.core.event.ContactFrequency;
import io.github.ipt4j.core.event.Level;
import io.github.ipt4j.core.event.MedicationChange;
import io.github.ipt4j.core.event.MedicationChanged;
import io.github.ipt4j.core.event.RelationshipRole;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit trail, replay, immutability and redaction of a course. */
class CourseLifecycleTest {

  private static InventoryPerson partner(int ring) {
    return new InventoryPerson(
        HostId.of("person-partner-1"),
        RelationshipRole.PARTNER,
        ring,
        ContactFrequency.DAILY,
        Level.LOW,
        false,
        Level.HIGH,
        true,
        true,
        true,
        false);
  }

  @Test
  void replayingTheHistoryRebuildsAnEqualCourse() {
    Course c = accept(acuteGriefInMiddle(), held(3), MedicationChanged.of(week(3), MedicationChange.STARTED));
    Replay r = Course.replay(Protocols.ACUTE, c.history());
    assertTrue(r instanceof Replay.Replayed);
    assertEquals(c, ((Replay.Replayed) r).course());
    assertEquals(c.hashCode(), ((Replay.Replayed) r).course().hashCode());
  }

  @Test
  void replayStopsAtTheFirstRefusedEventWithItsIndex() {
    Course c = acuteGriefInMiddle();
    List<CourseEvent> log = new java.util.ArrayList<>(c.history());
    log.add(held(1)); // session number goes backwards
    Replay r = Course.replay(Protocols.ACUTE, log);
    assertTrue(r instanceof Replay.Refused);
    Replay.Refused refused = (Replay.Refused) r;
    assertEquals(log.size() - 1, refused.index());
    assertEquals(Optional.of(c), refused.courseBefore());
    assertTrue(codes(refused.violations()).contains(Rule.SESSION_NUMBER_ORDER.code()));
  }

  @Test
  void theHistoryIsTheAuditTrailOfAcceptedEventsOnly() {
    Course c = open(Protocols.ACUTE);
    Course after = accept(c, held(1).withRecordedBy(CLINICIAN));
    Outcome refused = after.apply(held(1));
    assertFalse(refused.isAccepted());
    assertSame(after, ((Outcome.Rejected) refused).unchanged());
    assertEquals(2, after.history().size());
    assertEquals(EventType.COURSE_OPENED, after.history().get(0).type());
    assertEquals(Optional.of(CLINICIAN), after.history().get(1).recordedBy());
    assertEquals(1, c.history().size(), "the earlier version is unchanged");
  }

  @Test
  void branchingFromAnOlderVersionDoesNotDisturbEitherBranch() {
    Course base = accept(open(Protocols.ACUTE), held(1));
    Course a = accept(base, held(2));
    Course b = accept(base, held(3));
    assertEquals(2, a.sessions().get(1).number());
    assertEquals(3, b.sessions().get(1).number());
    assertEquals(2, base.history().size());
  }

  @Test
  void inventoryPersonsAreAddedOnceAndUpdatedWhenKnown() {
    Course c = accept(open(Protocols.ACUTE), held(1), InventoryPersonAdded.of(week(1), partner(1)));
    reject(c, InventoryPersonAdded.of(week(1), partner(2)), Rule.INVENTORY_DUPLICATE_PERSON);
    Course updated = accept(c, InventoryPersonUpdated.of(week(1), partner(2)));
    assertEquals(2, updated.inventory().get(HostId.of("person-partner-1")).closenessRing());
    InventoryPerson stranger =
        new InventoryPerson(
            HostId.of("person-x"),
            RelationshipRole.FRIEND,
            3,
            ContactFrequency.RARELY,
            Level.NONE,
            false,
            Level.NONE,
            false,
            false,
            false,
            false);
    reject(c, InventoryPersonUpdated.of(week(1), stranger), Rule.INVENTORY_UNKNOWN_PERSON);
  }

  @Test
  void anInventoryRingOutsideOneToThreeIsABadValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> partner(4));
    assertTrue(e.getMessage().contains("closenessRing"));
  }

  @Test
  void nullArgumentsFailFastWithAClearMessage() {
    Course c = open(Protocols.ACUTE);
    assertEquals(
        "event must not be null",
        assertThrows(InvalidValueException.class, () -> c.apply(null)).getMessage());
    assertThrows(
        InvalidValueException.class, () -> CourseOpened.of(null, COURSE, PATIENT));
    assertThrows(InvalidValueException.class, () -> Course.open(null, CourseOpened.of(START, COURSE, PATIENT)));
  }

  @Test
  void toStringsNeverLeakHostIdentifiers() {
    Course c =
        accept(
            open(Protocols.ACUTE),
            held(1).withRecordedBy(CLINICIAN),
            InventoryPersonAdded.of(week(1), partner(1)));
    String all = c.toString() + c.history() + c.inventory() + c.sessions();
    for (String secret : List.of("course-7", "patient-42", "clinician-3", "person-partner-1")) {
      assertFalse(all.contains(secret), () -> secret + " leaked into " + all);
    }
  }
}
