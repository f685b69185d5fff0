package io.github.ipt4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.AmendmentReason;
import io.github.ipt4j.core.event.ContractAgreed;
import io.github.ipt4j.core.event.ContractRenegotiated;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.event.OutreachAttempted;
import io.github.ipt4j.core.event.OutreachResult;
import io.github.ipt4j.core.event.SafetyCheck;
import io.github.ipt4j.core.protocol.Frequency;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What real courses record that the model could not say before (#11), in JSON version 1. */
class ClinicalRecordFieldsJsonTest {
  private static final IptJson JSON = IptJson.defaults();
  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  private static CourseEvent read(String body) {
    return JSON.read(
        ("{\"format\":\"ipt4j.event\",\"version\":1," + body + "}").getBytes(StandardCharsets.UTF_8),
        CourseEvent.class);
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(
            "a contract agreed with its planned end date",
            ContractAgreed.of(DAY, 12, Frequency.WEEKLY).withPlannedEndDate(DAY.plusWeeks(12)),
            "\"plannedEndDate\":\"2026-04-27\""),
        Arguments.of(
            "a contract agreed without an end date writes none",
            ContractAgreed.of(DAY, 12, Frequency.WEEKLY),
            null),
        Arguments.of(
            "resumed after discharge with a new end date",
            ContractRenegotiated.of(DAY, 10, AmendmentReason.RESUMPTION_AFTER_SUSPENSION)
                .withPlannedEndDate(DAY.plusWeeks(8))
                .withRecordedBy(HostId.of("clinician-1")),
            "\"plannedEndDate\":\"2026-03-30\""),
        Arguments.of(
            "an outreach that reached the patient and checked safety",
            OutreachAttempted.of(DAY, OutreachResult.REACHED, SafetyCheck.DONE),
            "\"reached\":true,\"safetyCheck\":true"),
        Arguments.of(
            "an unanswered outreach call",
            OutreachAttempted.of(DAY, OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE),
            "\"reached\":false,\"safetyCheck\":false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void theNewFieldsRoundTripInVersion1(String situation, CourseEvent event, String written) {
    String json = JSON.write(event);
    if (written == null) {
      assertFalse(json.contains("plannedEndDate"), json);
    } else {
      assertTrue(json.contains(written), json);
    }
    assertEquals(event, JSON.read(json.getBytes(StandardCharsets.UTF_8), CourseEvent.class), situation);
  }

  static Stream<Arguments> oldOutreachBooleans() {
    return Stream.of(
        Arguments.of(true, true, OutreachResult.REACHED, SafetyCheck.DONE),
        Arguments.of(true, false, OutreachResult.REACHED, SafetyCheck.NOT_DONE),
        Arguments.of(false, true, OutreachResult.NOT_REACHED, SafetyCheck.DONE),
        Arguments.of(false, false, OutreachResult.NOT_REACHED, SafetyCheck.NOT_DONE));
  }

  @ParameterizedTest(name = "reached={0}, safetyCheck={1}")
  @MethodSource("oldOutreachBooleans")
  void anOutreachWrittenBy010ReadsAsTheNamedCodes(
      boolean reached, boolean check, OutreachResult result, SafetyCheck safety) {
    CourseEvent e =
        read("\"type\":\"outreach-attempted\",\"date\":\"2018-05-13\",\"reached\":" + reached
            + ",\"safetyCheck\":" + check);
    assertEquals(
        new OutreachAttempted(LocalDate.of(2018, 5, 13), Optional.empty(), result, safety), e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endDates")
  void aContractWrittenBeforeEndDatesReadsWithoutOne(String situation, String body, Optional<LocalDate> end) {
    ContractAgreed e = (ContractAgreed) read(body);
    assertEquals(end, e.plannedEndDate(), situation);
  }

  static Stream<Arguments> endDates() {
    return Stream.of(
        Arguments.of(
            "a 0.1.0 contract",
            "\"type\":\"contract-agreed\",\"date\":\"2026-01-19\",\"sessions\":12,\"frequency\":\"WEEKLY\"",
            Optional.empty()),
        Arguments.of(
            "a contract with an end date",
            "\"type\":\"contract-agreed\",\"date\":\"2026-01-19\",\"sessions\":12,\"frequency\":\"WEEKLY\","
                + "\"plannedEndDate\":\"2026-04-13\"",
            Optional.of(LocalDate.of(2026, 4, 13))));
  }
}
