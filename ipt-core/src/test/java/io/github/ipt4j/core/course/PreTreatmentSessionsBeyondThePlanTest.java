package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pre-treatment sessions beyond what the protocol plans (§2.2, §6): IPT-B plans one motivational
 * engagement session and WHO group IPT one individual pre-group session; each further session
 * held before the initial phase begins is accepted with the overrun warning
 * (IPT-PHASE-008), the planned one without it. An example table for the hand-made mutant that
 * never raises the warning (issue #16).
 */
class PreTreatmentSessionsBeyondThePlanTest {

  static Stream<Arguments> preTreatmentSessions() {
    Rule[] none = {};
    Rule[] overrun = {Rule.PHASE_PRE_TREATMENT_OVERRUN};
    return Stream.of(
        Arguments.of("IPT-B: the one motivational engagement session", Protocols.IPT_B, 1, none),
        Arguments.of("IPT-B: a second engagement session", Protocols.IPT_B, 2, overrun),
        Arguments.of("IPT-B: a third engagement session", Protocols.IPT_B, 3, overrun),
        Arguments.of("group IPT: the individual pre-group session", Protocols.GROUP_WHO, 1, none),
        Arguments.of("group IPT: a second pre-group session", Protocols.GROUP_WHO, 2, overrun),
        Arguments.of("group IPT: a third pre-group session", Protocols.GROUP_WHO, 3, overrun));
  }

  @ParameterizedTest(name = "{0}: warnings {3}")
  @MethodSource("preTreatmentSessions")
  void aPreTreatmentSessionBeyondThePlannedOnesIsAcceptedWithTheOverrunWarning(
      String situation, Protocol protocol, int session, Rule[] warnings) {
    Course c = open(protocol);
    assertEquals(Phase.PRE_TREATMENT, c.phase());
    for (int s = 1; s < session; s++) {
      c = accept(c, held(s));
    }
    Course after = acceptWithWarnings(c, held(session), warnings);
    assertEquals(Phase.PRE_TREATMENT, after.phase(), "a pre-treatment session does not start the initial phase");
  }
}
