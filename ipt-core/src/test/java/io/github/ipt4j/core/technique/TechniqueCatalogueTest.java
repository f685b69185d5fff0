package io.github.ipt4j.core.technique;

import static io.github.ipt4j.core.protocol.Phase.INITIAL;
import static io.github.ipt4j.core.protocol.Phase.MIDDLE;
import static io.github.ipt4j.core.protocol.Phase.TERMINATION;
import static io.github.ipt4j.core.protocol.ProblemArea.GRIEF;
import static io.github.ipt4j.core.protocol.ProblemArea.INTERPERSONAL_DEFICITS;
import static io.github.ipt4j.core.protocol.ProblemArea.ROLE_DISPUTE;
import static io.github.ipt4j.core.protocol.ProblemArea.ROLE_TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.ProblemArea;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TechniqueCatalogueTest {
  private static final Set<ProblemArea> ALL_AREAS = EnumSet.allOf(ProblemArea.class);
  private static final Set<Phase> IMT = EnumSet.of(INITIAL, MIDDLE, TERMINATION);

  @ParameterizedTest
  @EnumSource(Technique.class)
  void everyTechniqueHasACatalogueEntryCitingSection41(Technique technique) {
    TechniqueInfo info = TechniqueCatalogue.get(technique);
    assertEquals(technique, info.technique());
    assertEquals("§4.1", info.section());
    assertFalse(info.sources().isEmpty());
    assertFalse(info.name().isBlank());
    assertFalse(info.description().isBlank());
  }

  @Test
  void allListsTheEighteenTechniquesInEnumOrder() {
    List<Technique> listed = new ArrayList<>();
    for (TechniqueInfo info : TechniqueCatalogue.all()) {
      listed.add(info.technique());
    }
    assertEquals(18, listed.size());
    assertEquals(List.of(Technique.values()), listed);
    assertThrows(
        UnsupportedOperationException.class,
        () -> TechniqueCatalogue.all().remove(0));
  }

  static Stream<Arguments> phasesOfSection41() {
    return Stream.of(
        arguments(Technique.EXPL_NONDIRECTIVE, IMT, "I, M, T"),
        arguments(Technique.EXPL_DIRECT_ELICITATION, Set.of(INITIAL, MIDDLE), "I (inventory), M"),
        arguments(Technique.AFFECT_ENCOURAGEMENT, IMT, "M (also I, T)"),
        arguments(Technique.CLARIFICATION, Set.of(MIDDLE), "M"),
        arguments(Technique.COMMUNICATION_ANALYSIS, Set.of(MIDDLE), "M"),
        arguments(Technique.INTERPERSONAL_INCIDENT, Set.of(MIDDLE), "M"),
        arguments(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, Set.of(MIDDLE), "M"),
        arguments(
            Technique.DECISION_ANALYSIS, Set.of(MIDDLE, TERMINATION), "M (late), T (planning)"),
        arguments(Technique.ROLE_PLAY, Set.of(MIDDLE), "M"),
        arguments(Technique.BEHAVIOR_CHANGE_DIRECTIVE, Set.of(INITIAL, MIDDLE), "I, M"),
        arguments(Technique.PSYCHOEDUCATION, IMT, "I (heavy), M, T"),
        arguments(Technique.SICK_ROLE, Set.of(INITIAL), "I"),
        arguments(Technique.MOOD_EVENT_LINKING, Set.of(MIDDLE), "M"),
        arguments(Technique.CONTRACT_SETTING, IMT, "I (set), any (renegotiate)"),
        arguments(Technique.WORK_AT_HOME, Set.of(MIDDLE), "M"),
        arguments(Technique.MOOD_RATING, IMT, "all"),
        arguments(Technique.CLOSENESS_CIRCLE, Set.of(INITIAL), "I"),
        arguments(Technique.SAFETY_PLANNING, IMT, "I (when risk), any"));
  }

  @ParameterizedTest(name = "{0} is catalogued for {1}")
  @MethodSource("phasesOfSection41")
  void phasesMatchTheCatalogueColumn(Technique technique, Set<Phase> phases, String written) {
    TechniqueInfo info = TechniqueCatalogue.get(technique);
    assertEquals(phases, info.phases());
    assertEquals(written, info.phasesAsWritten());
  }

  @Test
  void phasesTableCoversEveryTechnique() {
    Set<Technique> covered = EnumSet.noneOf(Technique.class);
    phasesOfSection41().forEach(a -> covered.add((Technique) a.get()[0]));
    assertEquals(EnumSet.allOf(Technique.class), covered);
  }

  static Stream<Arguments> fitsBestOfSection41() {
    return Stream.of(
        arguments(Technique.EXPL_NONDIRECTIVE, ALL_AREAS, Set.of(), Set.of()),
        arguments(Technique.EXPL_DIRECT_ELICITATION, ALL_AREAS, Set.of(), Set.of()),
        arguments(
            Technique.AFFECT_ENCOURAGEMENT,
            Set.of(GRIEF, ROLE_DISPUTE, ROLE_TRANSITION),
            Set.of(),
            Set.of(Population.PTSD)),
        arguments(Technique.CLARIFICATION, ALL_AREAS, Set.of(), Set.of()),
        arguments(
            Technique.COMMUNICATION_ANALYSIS,
            Set.of(ROLE_DISPUTE, ROLE_TRANSITION, INTERPERSONAL_DEFICITS),
            Set.of(ROLE_DISPUTE),
            Set.of()),
        arguments(Technique.INTERPERSONAL_INCIDENT, ALL_AREAS, Set.of(), Set.of()),
        arguments(
            Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
            Set.of(INTERPERSONAL_DEFICITS, ROLE_DISPUTE),
            Set.of(),
            Set.of()),
        arguments(Technique.DECISION_ANALYSIS, ALL_AREAS, Set.of(), Set.of()),
        arguments(
            Technique.ROLE_PLAY,
            Set.of(ROLE_DISPUTE, ROLE_TRANSITION, INTERPERSONAL_DEFICITS),
            Set.of(),
            Set.of()),
        arguments(
            Technique.BEHAVIOR_CHANGE_DIRECTIVE,
            ALL_AREAS,
            Set.of(INTERPERSONAL_DEFICITS, ROLE_TRANSITION),
            Set.of()),
        arguments(Technique.PSYCHOEDUCATION, ALL_AREAS, Set.of(), Set.of()),
        arguments(Technique.SICK_ROLE, ALL_AREAS, Set.of(), Set.of()),
        arguments(Technique.MOOD_EVENT_LINKING, ALL_AREAS, Set.of(), Set.of()),
        arguments(Technique.CONTRACT_SETTING, ALL_AREAS, Set.of(), Set.of()),
        arguments(
            Technique.WORK_AT_HOME,
            ALL_AREAS,
            Set.of(),
            Set.of(Population.ADOLESCENTS, Population.GROUPS)),
        arguments(Technique.MOOD_RATING, ALL_AREAS, Set.of(), Set.of(Population.ADOLESCENTS)),
        arguments(
            Technique.CLOSENESS_CIRCLE, ALL_AREAS, Set.of(), Set.of(Population.ADOLESCENTS)),
        arguments(
            Technique.SAFETY_PLANNING,
            ALL_AREAS,
            Set.of(),
            Set.of(Population.SUICIDAL_IDEATION)));
  }

  @ParameterizedTest(name = "{0} fits {1}")
  @MethodSource("fitsBestOfSection41")
  void fitsBestAreasAndPopulationsMatchTheCatalogue(
      Technique technique,
      Set<ProblemArea> areas,
      Set<ProblemArea> emphasised,
      Set<Population> populations) {
    TechniqueInfo info = TechniqueCatalogue.get(technique);
    assertEquals(areas, info.fitsBest());
    assertEquals(emphasised, info.emphasisedAreas());
    assertEquals(populations, info.populations());
  }

  static Stream<Arguments> cautionsMarkedConvention() {
    return Stream.of(
        arguments(Technique.EXPL_NONDIRECTIVE, false),
        arguments(Technique.EXPL_DIRECT_ELICITATION, true),
        arguments(Technique.AFFECT_ENCOURAGEMENT, true),
        arguments(Technique.CLARIFICATION, false),
        arguments(Technique.COMMUNICATION_ANALYSIS, false),
        arguments(Technique.INTERPERSONAL_INCIDENT, false),
        arguments(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, true),
        arguments(Technique.DECISION_ANALYSIS, true),
        arguments(Technique.ROLE_PLAY, true),
        arguments(Technique.BEHAVIOR_CHANGE_DIRECTIVE, true),
        arguments(Technique.PSYCHOEDUCATION, false),
        arguments(Technique.SICK_ROLE, true),
        arguments(Technique.MOOD_EVENT_LINKING, false),
        arguments(Technique.CONTRACT_SETTING, false),
        arguments(Technique.WORK_AT_HOME, false),
        arguments(Technique.MOOD_RATING, true),
        arguments(Technique.CLOSENESS_CIRCLE, false),
        arguments(Technique.SAFETY_PLANNING, false));
  }

  @ParameterizedTest(name = "{0} has a [C] caution: {1}")
  @MethodSource("cautionsMarkedConvention")
  void cautionsCarryTheReferencesConventionMarks(Technique technique, boolean convention) {
    TechniqueInfo info = TechniqueCatalogue.get(technique);
    assertEquals(convention, info.hasConventionCaution());
    for (GuidanceItem caution : info.cautions()) {
      assertEquals("§4.1", caution.section());
      assertFalse(caution.sources().isEmpty());
    }
  }

  @Test
  void affectEncouragementSeparatesTheSourcedPtsdCautionFromTheConventionOnOverwhelmingAffect() {
    List<GuidanceItem> cautions = TechniqueCatalogue.get(Technique.AFFECT_ENCOURAGEMENT).cautions();
    assertEquals(3, cautions.size());
    assertEquals(List.of("S10"), cautions.get(1).sources());
    assertEquals(Evidence.SOURCED, cautions.get(1).evidence());
    assertTrue(cautions.get(2).text().startsWith("Overwhelming affect"));
    assertEquals(Evidence.CONVENTION, cautions.get(2).evidence());
  }

  @Test
  void techniquesWithoutCautionsHaveAnEmptyList() {
    assertTrue(TechniqueCatalogue.get(Technique.PSYCHOEDUCATION).cautions().isEmpty());
    assertTrue(TechniqueCatalogue.get(Technique.MOOD_EVENT_LINKING).cautions().isEmpty());
    assertTrue(TechniqueCatalogue.get(Technique.CLOSENESS_CIRCLE).cautions().isEmpty());
  }

  static Stream<Arguments> usageTable() {
    return Stream.of(
        arguments(Technique.EXPL_NONDIRECTIVE, PhaseUsage.HIGH, PhaseUsage.HIGH, PhaseUsage.MEDIUM),
        arguments(
            Technique.EXPL_DIRECT_ELICITATION,
            PhaseUsage.VERY_HIGH,
            PhaseUsage.MEDIUM,
            PhaseUsage.LOW),
        arguments(Technique.PSYCHOEDUCATION, PhaseUsage.VERY_HIGH, PhaseUsage.LOW, PhaseUsage.LOW),
        arguments(Technique.SICK_ROLE, PhaseUsage.VERY_HIGH, PhaseUsage.LOW, PhaseUsage.LOW),
        arguments(
            Technique.AFFECT_ENCOURAGEMENT, PhaseUsage.MEDIUM, PhaseUsage.HIGH, PhaseUsage.MEDIUM),
        arguments(Technique.CLARIFICATION, PhaseUsage.MEDIUM, PhaseUsage.HIGH, PhaseUsage.MEDIUM),
        arguments(
            Technique.COMMUNICATION_ANALYSIS, PhaseUsage.LOW, PhaseUsage.HIGH, PhaseUsage.LOW),
        arguments(Technique.DECISION_ANALYSIS, PhaseUsage.LOW, PhaseUsage.HIGH, PhaseUsage.MEDIUM),
        arguments(Technique.ROLE_PLAY, PhaseUsage.RARE, PhaseUsage.MEDIUM_HIGH, PhaseUsage.LOW),
        arguments(
            Technique.USE_OF_THERAPEUTIC_RELATIONSHIP,
            PhaseUsage.RARE,
            PhaseUsage.MEDIUM,
            PhaseUsage.MEDIUM),
        arguments(
            Technique.CONTRACT_SETTING,
            PhaseUsage.REQUIRED,
            PhaseUsage.ONLY_IF_RENEGOTIATION,
            PhaseUsage.DISPOSITION_OR_NEW_CONTRACT));
  }

  @ParameterizedTest(name = "{0}: initial {1}, middle {2}, termination {3}")
  @MethodSource("usageTable")
  void expectedUsageMirrorsTheSection42TableRowByRow(
      Technique technique, PhaseUsage initial, PhaseUsage middle, PhaseUsage termination) {
    assertTrue(TechniqueCatalogue.isUsageRated(technique));
    assertEquals(initial, TechniqueCatalogue.expectedUsage(technique, INITIAL));
    assertEquals(middle, TechniqueCatalogue.expectedUsage(technique, MIDDLE));
    assertEquals(termination, TechniqueCatalogue.expectedUsage(technique, TERMINATION));
  }

  @ParameterizedTest
  @EnumSource(
      value = Technique.class,
      names = {
        "INTERPERSONAL_INCIDENT",
        "BEHAVIOR_CHANGE_DIRECTIVE",
        "MOOD_EVENT_LINKING",
        "WORK_AT_HOME",
        "MOOD_RATING",
        "CLOSENESS_CIRCLE",
        "SAFETY_PLANNING"
      })
  void techniquesOutsideTheTableAreNotRatedRatherThanGuessed(Technique technique) {
    assertFalse(TechniqueCatalogue.isUsageRated(technique));
    for (Phase phase : Phase.values()) {
      assertEquals(PhaseUsage.NOT_RATED, TechniqueCatalogue.expectedUsage(technique, phase));
      assertEquals(Optional.empty(), TechniqueCatalogue.expectedUsageNote(technique, phase));
    }
  }

  @ParameterizedTest
  @EnumSource(Technique.class)
  void phasesWithoutAColumnAreNotRated(Technique technique) {
    assertEquals(
        PhaseUsage.NOT_RATED, TechniqueCatalogue.expectedUsage(technique, Phase.PRE_TREATMENT));
    assertEquals(PhaseUsage.NOT_RATED, TechniqueCatalogue.expectedUsage(technique, Phase.ENDED));
  }

  @Test
  void theTableHasElevenRatedTechniquesCountingTheSharedPsychoeducationRow() {
    int rated = 0;
    for (Technique t : Technique.values()) {
      if (TechniqueCatalogue.isUsageRated(t)) {
        rated++;
      }
    }
    assertEquals(11, rated);
    assertEquals(11, usageTable().count());
    assertEquals("§4.2", TechniqueCatalogue.usageSection());
  }

  @Test
  void expectedUsageKeepsTheTablesQualifiers() {
    assertEquals(
        Optional.of("inventory"),
        TechniqueCatalogue.expectedUsageNote(Technique.EXPL_DIRECT_ELICITATION, INITIAL));
    assertEquals(
        Optional.of("review"),
        TechniqueCatalogue.expectedUsageNote(Technique.PSYCHOEDUCATION, TERMINATION));
    assertEquals(
        Optional.of("ending feelings"),
        TechniqueCatalogue.expectedUsageNote(Technique.AFFECT_ENCOURAGEMENT, TERMINATION));
    assertEquals(
        Optional.of("disputes"),
        TechniqueCatalogue.expectedUsageNote(Technique.COMMUNICATION_ANALYSIS, MIDDLE));
    assertEquals(
        Optional.of("future planning"),
        TechniqueCatalogue.expectedUsageNote(Technique.DECISION_ANALYSIS, TERMINATION));
    assertEquals(
        Optional.of("deficits"),
        TechniqueCatalogue.expectedUsageNote(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, MIDDLE));
    assertEquals(
        Optional.of("ending"),
        TechniqueCatalogue.expectedUsageNote(
            Technique.USE_OF_THERAPEUTIC_RELATIONSHIP, TERMINATION));
    assertEquals(
        Optional.empty(), TechniqueCatalogue.expectedUsageNote(Technique.ROLE_PLAY, MIDDLE));
  }

  @Test
  void usageLabelsAreTheTablesWords() {
    assertEquals("medium–high", PhaseUsage.MEDIUM_HIGH.label());
    assertEquals("very high", PhaseUsage.VERY_HIGH.label());
    assertEquals("only if renegotiation", PhaseUsage.ONLY_IF_RENEGOTIATION.label());
    assertEquals("disposition / new contract", PhaseUsage.DISPOSITION_OR_NEW_CONTRACT.label());
  }

  @Test
  void workAtHomeIsFlaggedAsNotStandardInClassicAdultIpt() {
    assertTrue(TechniqueCatalogue.isNotStandardInClassicAdultIpt(Technique.WORK_AT_HOME));
    assertEquals(
        Set.of(Technique.WORK_AT_HOME),
        TechniqueCatalogue.nonStandardInClassicAdultIpt().keySet());
    GuidanceItem note =
        TechniqueCatalogue.nonStandardInClassicAdultIpt().get(Technique.WORK_AT_HOME);
    assertTrue(note.text().startsWith("Not standard in classic adult IPT"));
    assertTrue(note.sources().contains("S5"));
    assertEquals(Evidence.SOURCED, note.evidence());
    TechniqueInfo info = TechniqueCatalogue.get(Technique.WORK_AT_HOME);
    assertEquals(Set.of(Population.ADOLESCENTS, Population.GROUPS), info.populations());
    assertEquals(List.of("S5"), info.cautions().get(0).sources());
    assertFalse(TechniqueCatalogue.isNotStandardInClassicAdultIpt(Technique.ROLE_PLAY));
  }

  @Test
  void fittingTheMiddlePhaseOfADisputeOffersCommunicationAnalysisButNotTheSickRole() {
    List<Technique> fitting = techniques(TechniqueCatalogue.fitting(MIDDLE, ROLE_DISPUTE));
    assertTrue(fitting.contains(Technique.COMMUNICATION_ANALYSIS));
    assertTrue(fitting.contains(Technique.ROLE_PLAY));
    assertTrue(fitting.contains(Technique.USE_OF_THERAPEUTIC_RELATIONSHIP));
    assertFalse(fitting.contains(Technique.SICK_ROLE));
    assertFalse(fitting.contains(Technique.CLOSENESS_CIRCLE));
  }

  @Test
  void fittingTheMiddlePhaseOfGriefLeavesOutTechniquesTheCatalogueDoesNotFitToGrief() {
    List<Technique> fitting = techniques(TechniqueCatalogue.fitting(MIDDLE, GRIEF));
    assertTrue(fitting.contains(Technique.AFFECT_ENCOURAGEMENT));
    assertTrue(fitting.contains(Technique.DECISION_ANALYSIS));
    assertFalse(fitting.contains(Technique.COMMUNICATION_ANALYSIS));
    assertFalse(fitting.contains(Technique.ROLE_PLAY));
  }

  @Test
  void noTechniqueIsCataloguedBeforeOrAfterTheAcuteCourse() {
    for (ProblemArea area : ProblemArea.values()) {
      assertTrue(TechniqueCatalogue.fitting(Phase.PRE_TREATMENT, area).isEmpty());
      assertTrue(TechniqueCatalogue.fitting(Phase.ENDED, area).isEmpty());
    }
    assertTrue(TechniqueCatalogue.usedIn(Phase.ENDED).isEmpty());
    assertEquals(
        Set.of(
            Technique.EXPL_NONDIRECTIVE,
            Technique.AFFECT_ENCOURAGEMENT,
            Technique.DECISION_ANALYSIS,
            Technique.PSYCHOEDUCATION,
            Technique.CONTRACT_SETTING,
            Technique.MOOD_RATING,
            Technique.SAFETY_PLANNING),
        Set.copyOf(techniques(TechniqueCatalogue.usedIn(TERMINATION))));
  }

  @Test
  void fittingAgreesWithEachEntrysPhasesAndAreas() {
    qt().forAll(
            arbitrary().enumValues(Technique.class),
            arbitrary().enumValues(Phase.class),
            arbitrary().enumValues(ProblemArea.class))
        .checkAssert(
            (technique, phase, area) -> {
              TechniqueInfo info = TechniqueCatalogue.get(technique);
              boolean expected = info.phases().contains(phase) && info.fitsBest().contains(area);
              assertEquals(expected, TechniqueCatalogue.fitting(phase, area).contains(info));
            });
  }

  @Test
  void refusesNullArgumentsWithInvalidValueException() {
    assertThrows(InvalidValueException.class, () -> TechniqueCatalogue.get(null));
    assertThrows(InvalidValueException.class, () -> TechniqueCatalogue.fitting(null, GRIEF));
    assertThrows(InvalidValueException.class, () -> TechniqueCatalogue.fitting(MIDDLE, null));
    assertThrows(
        InvalidValueException.class, () -> TechniqueCatalogue.expectedUsage(null, MIDDLE));
    assertThrows(
        InvalidValueException.class,
        () -> TechniqueCatalogue.expectedUsage(Technique.ROLE_PLAY, null));
    assertThrows(
        InvalidValueException.class, () -> TechniqueCatalogue.isNotStandardInClassicAdultIpt(null));
  }

  private static List<Technique> techniques(List<TechniqueInfo> infos) {
    List<Technique> result = new ArrayList<>();
    for (TechniqueInfo info : infos) {
      result.add(info.technique());
    }
    return result;
  }
}
