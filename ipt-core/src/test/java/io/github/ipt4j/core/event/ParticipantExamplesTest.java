package io.github.ipt4j.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ipt4j.core.HostId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A participant of a joint session is shown by role; the host's id never leaks. */
class ParticipantExamplesTest {

  @Test
  void aParentKnownOnlyByRole() {
    Participant p = Participant.of(ParticipantRole.PARENT_OR_CARER);
    assertEquals(new Participant(ParticipantRole.PARENT_OR_CARER, Optional.empty()), p);
    assertEquals("Participant[PARENT_OR_CARER]", p.toString());
  }

  @Test
  void aParentWithTheHostsIdShowsOnlyThatAnIdIsHeld() {
    Participant p = Participant.of(ParticipantRole.PARENT_OR_CARER, HostId.of("carer-9"));
    assertEquals("Participant[PARENT_OR_CARER, id redacted]", p.toString());
    assertFalse(p.toString().contains("carer-9"));
  }
}
