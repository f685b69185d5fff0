package io.github.ipt4j.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a finding and a violation say: the rule's message, the detail in brackets if any. */
class FindingAndViolationMessagesTest {

  @Test
  void aContractExtendedBeyondTheProtocolIsAWarningNotAnAlert() {
    Finding f = Finding.of(Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL);
    assertFalse(f.isAlert());
    assertEquals(Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL.message(), f.message());
    assertEquals("IPT-CONTRACT-005: " + Rule.CONTRACT_EXTENDED_BEYOND_PROTOCOL.message(),
        f.toString());
  }

  @Test
  void aPositiveSelfHarmItemIsAnAlertWithItsDetail() {
    Finding f = new Finding(Rule.SAFETY_RISK_ITEM_POSITIVE, "PHQ-9 item 9 = 2");
    assertTrue(f.isAlert());
    assertEquals(Rule.SAFETY_RISK_ITEM_POSITIVE.message() + " (PHQ-9 item 9 = 2)", f.message());
  }

  @Test
  void aViolationWithoutDetailIsTheRulesMessageAlone() {
    assertEquals(Rule.CONTRACT_BELOW_USED.message(), Violation.of(Rule.CONTRACT_BELOW_USED).message());
    assertEquals(Rule.CONTRACT_BELOW_USED.message() + " (4 contracted, 6 used)",
        Violation.of(Rule.CONTRACT_BELOW_USED, "4 contracted, 6 used").message());
  }
}
