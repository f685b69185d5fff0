package io.github.ipt4j.fhir;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * A refused event as a FHIR {@code OperationOutcome}: one issue per broken rule, with issue code
 * {@code business-rule} and details coded with the ipt4j rule code system ({@link
 * IptCodeSystems#RULE}). The diagnostics are the rule's own message; the violation's detail is
 * left out, so nothing from the host's data appears.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class OperationOutcomes {
  private OperationOutcomes() {}

  /**
   * Returns the outcome of a refused event.
   *
   * @param violations the broken rules (from {@code Outcome.Rejected} or {@code Replay.Refused}),
   *     not null, not empty
   * @return the outcome, one issue per violation in order
   * @throws InvalidValueException if {@code violations} is null or empty
   */
  public static OperationOutcome refused(List<Violation> violations) {
    if (violations == null || violations.isEmpty()) {
      throw new InvalidValueException("a refusal has at least one violation");
    }
    OperationOutcome oo = new OperationOutcome();
    for (Violation v : violations) {
      OperationOutcome.OperationOutcomeIssueComponent issue = oo.addIssue();
      issue.setSeverity(
          v.severity() == Severity.ERROR
              ? OperationOutcome.IssueSeverity.ERROR
              : OperationOutcome.IssueSeverity.WARNING);
      issue.setCode(OperationOutcome.IssueType.BUSINESSRULE);
      issue.setDetails(
          new CodeableConcept().addCoding(IptCodeSystems.coding(IptCodeSystems.RULE, v.code())));
      issue.setDiagnostics(v.rule().message());
    }
    Narratives.set(oo, "An ipt4j event was refused: " + violations.size() + " rule(s) broken.");
    return oo;
  }
}
