package io.github.ipt4j.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechniqueInfoTest {

  private static TechniqueInfo info(
      Set<Phase> phases,
      Set<ProblemArea> areas,
      Set<ProblemArea> emphasised,
      List<String> sources) {
    return new TechniqueInfo(
        Technique.ROLE_PLAY,
        "Role playing",
        "Acting out an interaction",
        phases,
        "M",
        areas,
        emphasised,
        "disputes",
        Set.of(),
        List.of(),
        sources,
        "§4.1");
  }

  @Test
  void copiesItsCollectionsSoLaterChangesDoNotLeakIn() {
    List<String> sources = new ArrayList<>(List.of("S8"));
    TechniqueInfo info =
        info(Set.of(Phase.MIDDLE), Set.of(ProblemArea.ROLE_DISPUTE), Set.of(), sources);
    sources.add("S10");
    assertEquals(List.of("S8"), info.sources());
    assertThrows(UnsupportedOperationException.class, () -> info.sources().add("S1"));
    assertThrows(UnsupportedOperationException.class, () -> info.phases().add(Phase.INITIAL));
  }

  @Test
  void refusesPhasesOutsideTheAcuteCourse() {
    assertThrows(
        InvalidValueException.class,
        () ->
            info(
                Set.of(Phase.PRE_TREATMENT),
                Set.of(ProblemArea.GRIEF),
                Set.of(),
                List.of("S8")));
    assertThrows(
        InvalidValueException.class,
        () -> info(Set.of(), Set.of(ProblemArea.GRIEF), Set.of(), List.of("S8")));
  }

  @Test
  void refusesEmphasisOutsideTheFittingAreasAndMalformedSources() {
    assertThrows(
        InvalidValueException.class,
        () ->
            info(
                Set.of(Phase.MIDDLE),
                Set.of(ProblemArea.GRIEF),
                Set.of(ProblemArea.ROLE_DISPUTE),
                List.of("S8")));
    assertThrows(
        InvalidValueException.class,
        () -> info(Set.of(Phase.MIDDLE), Set.of(ProblemArea.GRIEF), Set.of(), List.of("8")));
    assertThrows(
        InvalidValueException.class,
        () -> info(Set.of(Phase.MIDDLE), Set.of(ProblemArea.GRIEF), Set.of(), List.of()));
  }

  @Test
  void refusesNullWithInvalidValueExceptionNotNpe() {
    assertThrows(
        InvalidValueException.class,
        () -> info(null, Set.of(ProblemArea.GRIEF), Set.of(), List.of("S8")));
    TechniqueInfo ok =
        info(Set.of(Phase.MIDDLE), Set.of(ProblemArea.GRIEF), Set.of(), List.of("S8"));
    assertThrows(InvalidValueException.class, () -> ok.usedIn(null));
    assertThrows(InvalidValueException.class, () -> ok.fits(null));
    assertTrue(ok.usedIn(Phase.MIDDLE));
  }

  @Test
  void aSourcedGuidanceItemNeedsASourceButAConventionMayHaveNone() {
    assertThrows(
        InvalidValueException.class,
        () ->
            new GuidanceItem(
                "text", MiddleTiming.UNSPECIFIED, List.of(), Evidence.SOURCED, "§3.4"));
    GuidanceItem c =
        new GuidanceItem("text", MiddleTiming.UNSPECIFIED, List.of(), Evidence.CONVENTION, "§3.4");
    assertTrue(c.isConvention());
    assertThrows(
        InvalidValueException.class,
        () ->
            new GuidanceItem(
                "text", MiddleTiming.UNSPECIFIED, List.of("S1"), Evidence.SOURCED, "3.4"));
    assertThrows(
        InvalidValueException.class,
        () ->
            new GuidanceItem(
                "text", MiddleTiming.UNSPECIFIED, List.of("S1", "S1"), Evidence.SOURCED, "§3.4"));
  }
}
