package io.github.ipt4j.core.course;

import static io.github.ipt4j.core.course.Fixtures.accept;
import static io.github.ipt4j.core.course.Fixtures.acuteGriefInMiddle;
import static io.github.ipt4j.core.course.Fixtures.held;
import static io.github.ipt4j.core.course.Fixtures.open;
import static io.github.ipt4j.core.course.Fixtures.reject;
import static io.github.ipt4j.core.course.Fixtures.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.decision.AgendaItem;
import io.github.ipt4j.core.decision.AgendaItemKind;
import io.github.ipt4j.core.decision.SessionAgenda;
import io.github.ipt4j.core.decision.TerminationReadiness;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CrisisDeclared;
import io.github.ipt4j.core.protocol.Frequency;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.core.rule.Rule;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract's planned end date (§2.2, §9.2, §10.1) and IPT-CONTRACT-006 (#11). */
class ContractPlannedEndDateTest {

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("sixteen weekly sessions ending sixteen weeks later", Optional.of(week(18)), true),
        Arguments.of("an end date on the day the contract is agreed", Optional.of(week(2)), true),
        Arguments.of("an end date the day before the agreement", Optional.of(week(2).minusDays(1)), false),
        Arguments.of("an end date a year in the past", Optional.of(week(2).minusYears(1)), false),
        Arguments.of("no end date agreed", Optional.empty(), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void aContractIsAgreedWithAnEndDateOnOrAfterThatDay(
      String situation, Optional<LocalDate> end, boolean accepted) {
    Course c = accept(open(Protocols.ACUTE), held(1), held(2));
    ContractAgreed agreed =
        new ContractAgreed(week(2), Optional.empty(), 16, Frequency.WEEKLY, end);
    if (accepted) {
      Course after = accept(c, agreed);
      assertEquals(end, after.plannedEndDate(), situation);
    } else {
      reject(c, agreed, Rule.CONTRACT_END_BEFORE_AGREEMENT);
    }
  }

  /** A grief course in the middle phase, sixteen weekly sessions agreed to end at week 18. */
  private static Course withEndDate() {
    Course d = accept(open(Protocols.ACUTE), held(1));
    return accept(d, ContractAgreed.of(week(1), 16, Frequency.WEEKLY).withPlannedEndDate(week(18)));
  }

  static Stream<Arguments> renegotiations() {
    return Stream.of(
        Arguments.of(
            "resumed after a crisis with a new end date (§9.2)",
            ContractRenegotiated.of(week(6), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION)
                .withPlannedEndDate(week(24)),
            Optional.of(week(24))),
        Arguments.of(
            "two sessions added, the end date left as agreed",
            ContractRenegotiated.of(week(6), 18, AmendmentReason.EXTENSION),
            Optional.of(week(18))),
        Arguments.of(
            "renegotiated with an end date before the renegotiation",
            ContractRenegotiated.of(week(6), 16, AmendmentReason.RESUMPTION_AFTER_SUSPENSION)
                .withPlannedEndDate(week(5)),
            Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renegotiations")
  void aRenegotiationMaySetANewEndDate(
      String situation, ContractRenegotiated renegotiated, Optional<LocalDate> expected) {
    Course c = accept(withEndDate(), CrisisDeclared.of(week(5)));
    Course assessed =
        accept(
            c,
            io.github.ipt4j.core.event.RiskAssessmentCompleted.of(
                    week(6), io.github.ipt4j.core.event.RiskAssessmentResult.MONITORING, io.github.ipt4j.core.event.SafetyPlan.IN_PLACE)
                .withRecordedBy(Fixtures.CLINICIAN));
    if (expected.isEmpty()) {
      reject(assessed, renegotiated, Rule.CONTRACT_END_BEFORE_AGREEMENT);
      return;
    }
    Course after = accept(assessed, renegotiated);
    assertEquals(expected, after.plannedEndDate(), situation);
    assertEquals(renegotiated.plannedEndDate(), after.contract().orElseThrow().amendments().get(0).plannedEndDate());
    assertFalse(after.isSuspended());
  }

  @Test
  void theAgendaShowsTheWeeksToThePlannedEndBesideTheSessionsLeft() {
    Course c = acuteGriefInMiddleWithEnd(week(18));
    AgendaItem reminder = SessionAgenda.DEFAULT.agenda(c).items(AgendaItemKind.TIME_LIMIT_REMINDER).get(0);
    assertTrue(reminder.text().contains("weeks to the planned end date " + week(18)), reminder.text());
    assertFalse(reminder.text().contains("do not fit"), reminder.text());
    assertTrue(reminder.section().contains("§2.2"));
  }

  @Test
  void theAgendaSaysWhenTheSessionsLeftNoLongerFitBeforeTheEndDate() {
    Course c = acuteGriefInMiddleWithEnd(week(6));
    AgendaItem reminder = SessionAgenda.DEFAULT.agenda(c).items(AgendaItemKind.TIME_LIMIT_REMINDER).get(0);
    assertTrue(reminder.text().contains("do not fit before it"), reminder.text());
  }

  @Test
  void withoutAnEndDateTheAgendaAndReadinessSayNothingAboutIt() {
    Course c = acuteGriefInMiddle();
    AgendaItem reminder = SessionAgenda.DEFAULT.agenda(c).items(AgendaItemKind.TIME_LIMIT_REMINDER).get(0);
    assertFalse(reminder.text().contains("planned end date"));
    assertTrue(
        TerminationReadiness.assess(c).notes().stream().noneMatch(n -> n.contains("planned end date")));
  }

  @Test
  void readinessWeighsTheSessionsLeftAgainstTheWeeksLeft() {
    Course fits = acuteGriefInMiddleWithEnd(week(18));
    assertTrue(
        TerminationReadiness.assess(fits).notes().stream()
            .anyMatch(n -> n.startsWith("14 contracted sessions and 16 weeks left to the planned end date")),
        () -> TerminationReadiness.assess(fits).notes().toString());
    Course tight = acuteGriefInMiddleWithEnd(week(6));
    assertTrue(
        TerminationReadiness.assess(tight).notes().stream().anyMatch(n -> n.contains("do not fit")));
  }

  @Test
  void aContractFitsSessionsByItsFrequency() {
    LocalDate from = week(0);
    Contract weekly = new Contract(from, 12, Frequency.WEEKLY, java.util.List.of(), Optional.of(week(11)));
    assertTrue(weekly.fitsBeforePlannedEnd(12, from), "12 weekly sessions in weeks 0..11");
    assertFalse(weekly.fitsBeforePlannedEnd(13, from));
    Contract monthly = new Contract(from, 3, Frequency.MONTHLY, java.util.List.of(), Optional.of(week(8)));
    assertTrue(monthly.fitsBeforePlannedEnd(3, from));
    assertFalse(monthly.fitsBeforePlannedEnd(4, from));
    assertEquals(Optional.of(0L), monthly.weeksRemaining(week(20)), "never negative");
    Contract open = new Contract(from, 3, Frequency.MONTHLY, java.util.List.of(), Optional.empty());
    assertTrue(open.fitsBeforePlannedEnd(300, from));
    assertEquals(Optional.empty(), open.weeksRemaining(from));
  }

  /** Like {@link Fixtures#acuteGriefInMiddle()}, with the contract ending on {@code end}. */
  private static Course acuteGriefInMiddleWithEnd(LocalDate end) {
    Course c = acuteGriefInMiddle();
    // Renegotiating the same sixteen sessions with an end date gives the fixture one.
    return accept(
        c,
        ContractRenegotiated.of(week(2), 16, AmendmentReason.EXTENSION).withPlannedEndDate(end));
  }
}
