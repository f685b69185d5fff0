package io.github.ipt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.testkit.IptGenerators;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolDiagramTest {
  private static final Pattern CODE = Pattern.compile("IPT-[A-Z]+-\\d{3}");

  static Stream<Arguments> sessionWindows() {
    return Stream.of(
        Arguments.of("acute IPT: initial 1-3, middle 4-13, termination 14-16 of 16", Protocols.ACUTE,
            List.of("contract sessions 1–3", "contract sessions 4–13",
                "contract sessions 14–16 of 16")),
        Arguments.of("IPT-B: an engagement session, initial 1-2, middle 3-7, termination 8",
            Protocols.IPT_B, List.of("1 session, not counted against the contract",
                "contract sessions 1–2", "contract sessions 3–7", "contract session 8 of 8")),
        Arguments.of("IPT-A: three phases of four", Protocols.IPT_A,
            List.of("contract sessions 1–4", "contract sessions 5–8",
                "contract sessions 9–12 of 12")),
        Arguments.of("maintenance: no initial phase, monthly, the last session ends it",
            Protocols.MAINTENANCE, List.of("contract sessions 1–35",
                "contract session 36 of 36", "monthly")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionWindows")
  void drawsThePhasesWithTheirSessionWindows(String situation, Protocol p, List<String> texts) {
    String mermaid = ProtocolDiagram.mermaid(p);
    String dot = ProtocolDiagram.dot(p);
    for (String t : texts) {
      assertTrue(mermaid.contains(t), () -> situation + ": " + t + "\n" + mermaid);
      assertTrue(dot.contains(t), () -> situation + ": " + t + "\n" + dot);
    }
    assertEquals(p.hasInitialPhase(), mermaid.contains("Initial : initial phase"), situation);
    assertEquals(p.preTreatmentSessions() > 0, mermaid.contains("PreTreatment :"), situation);
  }

  @Test
  void namesTheGuardsOfPhaseAdvanceSuspensionResumptionAndEnding() {
    String mermaid = ProtocolDiagram.mermaid(Protocols.ACUTE);
    assertTrue(mermaid.contains("Initial --> Middle : PhaseAdvanced, guards IPT-PHASE-002"
        + " IPT-PHASE-003 IPT-PHASE-004 IPT-SAFETY-002 IPT-SAFETY-006"), mermaid);
    assertTrue(mermaid.contains("Open --> Suspended : CrisisDeclared or Hospitalised"), mermaid);
    assertTrue(mermaid.contains("Suspended --> Open : ContractRenegotiated, resumes in the same"
        + " phase, guards IPT-SAFETY-005"), mermaid);
    assertTrue(mermaid.contains("Open --> Completed : CourseCompleted from termination, guards"
        + " IPT-TERM-005 IPT-TERM-004 IPT-TERM-002 IPT-TERM-003"), mermaid);
    assertTrue(mermaid.contains("Open --> DroppedOut : NoContactTimeout, guards IPT-ATTEND-001"
        + " IPT-SAFETY-002 IPT-SAFETY-007"), mermaid);
    assertTrue(mermaid.contains("Open --> EndedEarly : CourseCompleted after PatientRequestedEnd"),
        mermaid);
    for (String end : List.of("Completed --> [*]", "EndedEarly --> [*]", "DroppedOut --> [*]")) {
      assertTrue(mermaid.contains(end), end);
    }
  }

  @Test
  void everyCodeInEveryDiagramIsARuleAndEveryGuardIsShown() {
    qt().withExamples(60).forAll(IptGenerators.protocols()).checkAssert(p -> {
      String mermaid = ProtocolDiagram.mermaid(p);
      String dot = ProtocolDiagram.dot(p);
      for (String text : List.of(mermaid, dot)) {
        Matcher m = CODE.matcher(text);
        while (m.find()) {
          assertTrue(Rule.byCode(m.group()).isPresent(), m.group());
        }
        for (Rule guard : ProtocolDiagram.guards(p)) {
          assertTrue(text.contains(guard.code()), guard.code());
        }
      }
      assertTrue(mermaid.startsWith("---\ntitle: " + p.id()), mermaid);
      assertTrue(mermaid.contains("stateDiagram-v2\n"));
      assertEquals(count(dot, '{'), count(dot, '}'), dot);
      assertEquals(0, count(dot.replace("\\\"", ""), '"') % 2, dot);
      assertFalse(mermaid.lines().anyMatch(l -> l.indexOf(':') != l.lastIndexOf(':')
          && !l.startsWith("title:")), "one colon per Mermaid line");
      assertEquals(mermaid, ProtocolDiagram.mermaid(p), "deterministic");
    });
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  @Test
  void refusesNullWithATypedError() {
    assertThrows(InvalidValueException.class, () -> ProtocolDiagram.mermaid(null));
    assertThrows(InvalidValueException.class, () -> ProtocolDiagram.dot(null));
  }
}
