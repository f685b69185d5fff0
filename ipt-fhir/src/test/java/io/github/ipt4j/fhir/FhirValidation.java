package io.github.ipt4j.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * The test oracle: HAPI's FhirValidator with the FhirInstanceValidator against the base R4
 * specification, offline (no terminology server). ipt4j's own code systems are loaded, so their
 * codes and displays are checked; LOINC and SNOMED CT cannot be checked offline, so the
 * validator's "code system unknown / not checked" messages for exactly those two systems are the
 * only messages tolerated. Built once per JVM: it takes seconds to start.
 */
final class FhirValidation {
  /**
   * The one message tolerated, by id and text: the validator cannot check LOINC or SNOMED CT
   * codes without a terminology server, and says so for exactly those two systems.
   */
  static final String UNCHECKABLE_ID = "Terminology_PassThrough_TX_Message";

  static final Pattern UNCHECKABLE_TERMINOLOGY =
      Pattern.compile(
          "CodeSystem is unknown and can't be validated: (http://loinc\\.org|http://snomed\\.info/sct)"
              + " for '(http://loinc\\.org|http://snomed\\.info/sct)#[0-9A-Z-]+'");

  private static final FhirValidator VALIDATOR = create();

  private FhirValidation() {}

  private static FhirValidator create() {
    FhirContext ctx = IptFhir.context();
    PrePopulatedValidationSupport ipt4j = new PrePopulatedValidationSupport(ctx);
    for (CodeSystem cs : IptCodeSystems.all()) {
      ipt4j.addCodeSystem(cs);
    }
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            ipt4j,
            new InMemoryTerminologyServerValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    return ctx.newValidator().registerValidatorModule(module);
  }

  /** Every message the validator reports (information included). */
  static List<SingleValidationMessage> messages(IBaseResource resource) {
    ValidationResult result = VALIDATOR.validateWithResult(resource);
    return result.getMessages();
  }

  /** The messages that are not tolerated: errors, and warnings other than unknown LOINC / SNOMED. */
  static List<String> problems(IBaseResource resource) {
    List<String> problems = new ArrayList<>();
    for (SingleValidationMessage m : messages(resource)) {
      if (m.getSeverity() == ResultSeverityEnum.INFORMATION) {
        continue;
      }
      if (m.getSeverity() == ResultSeverityEnum.WARNING && tolerated(m)) {
        continue;
      }
      problems.add(m.getSeverity() + " " + m.getLocationString() + " [" + m.getMessageId() + "] "
          + m.getMessage());
    }
    return problems;
  }

  static boolean tolerated(SingleValidationMessage m) {
    return UNCHECKABLE_ID.equals(m.getMessageId())
        && UNCHECKABLE_TERMINOLOGY.matcher(m.getMessage()).matches();
  }
}
