package io.github.ipt4j.json;

import java.util.Optional;

/**
 * The kinds of top-level document in the ipt4j JSON format. Every document names its kind in a
 * {@code "format"} property and its format version in a {@code "version"} property.
 *
 * <p>Format names are stable: they never change once released, whatever the Java class names. Each
 * kind has a JSON Schema (draft 2020-12) shipped in the jar; see {@link IptJson#schema(DocumentKind)}.
 */
public enum DocumentKind {
  /** A whole course: its protocol, identifiers and the event log that rebuilds it. */
  COURSE("ipt4j.course", "course"),
  /** One course event; also one line of a JSON Lines event log. */
  EVENT("ipt4j.event", "event"),
  /** A protocol definition (a built-in preset or a researcher's custom protocol). */
  PROTOCOL("ipt4j.protocol", "protocol"),
  /** One scored measurement (PHQ-9, GAD-7, HAM-D-17, EPDS, BDI-II) with its item-level answers. */
  MEASUREMENT("ipt4j.measurement", "measurement"),
  /**
   * A termination-readiness assessment ({@link io.github.ipt4j.core.decision.ReadinessAssessment}):
   * every criterion with its status and evidence, the outcome and the recommended disposition.
   */
  READINESS("ipt4j.readiness", "readiness"),
  /**
   * The fidelity report of one course ({@link io.github.ipt4j.core.decision.FidelityReport}): the
   * {@code IPT-FID-*} findings and the per-session adherence.
   */
  FIDELITY("ipt4j.fidelity", "fidelity"),
  /**
   * The ranked technique recommendations of a course for its next session, wrapped in {@link
   * Recommendations}: each with its explained reasons, cautions, goals and strategies.
   */
  RECOMMENDATIONS("ipt4j.recommendations", "recommendations"),
  /** The agenda of a course's next session ({@link io.github.ipt4j.core.decision.Agenda}). */
  AGENDA("ipt4j.agenda", "agenda");

  private final String formatName;
  private final String schemaName;

  DocumentKind(String formatName, String schemaName) {
    this.formatName = formatName;
    this.schemaName = schemaName;
  }

  /**
   * Returns the stable name written in the document's {@code "format"} property.
   *
   * @return the format name, e.g. {@code "ipt4j.course"}
   */
  public String formatName() {
    return formatName;
  }

  /**
   * Returns the newest format version of this kind that this library writes and reads. Documents
   * with a higher {@code "version"} are refused with {@link ErrorCode#VERSION}.
   *
   * Every kind is at version 2 (#12); version 1 documents of every kind still read, upgraded on
   * read.
   *
   * @return the version, 1 or more
   */
  public int currentVersion() {
    return CURRENT_VERSION;
  }

  /** The format version this library writes for every kind. */
  public static final int CURRENT_VERSION = 2;

  /**
   * Returns the class-path resource that holds this kind's JSON Schema, e.g. {@code
   * "/io/github/ipt4j/json/schema/course.schema.json"}.
   *
   * @return the absolute resource name
   */
  public String schemaResource() {
    return schemaResource(CURRENT_VERSION);
  }

  /**
   * Returns the class-path resource that holds this kind's JSON Schema of a given format version:
   * version 1 under {@code /io/github/ipt4j/json/schema/}, version 2 under {@code
   * /io/github/ipt4j/json/schema/v2/}.
   *
   * @param version 1 or 2
   * @return the absolute resource name
   * @throws io.github.ipt4j.core.InvalidValueException if there is no such version
   */
  public String schemaResource(int version) {
    return switch (version) {
      case 1 -> "/io/github/ipt4j/json/schema/" + schemaName + ".schema.json";
      case 2 -> "/io/github/ipt4j/json/schema/v2/" + schemaName + ".schema.json";
      default -> throw new io.github.ipt4j.core.InvalidValueException(
          "format versions are 1 and 2");
    };
  }

  /**
   * Finds the kind with a given format name.
   *
   * @param formatName the value of a document's {@code "format"} property, may be null
   * @return the kind, or empty if the name is unknown
   */
  public static Optional<DocumentKind> fromFormatName(String formatName) {
    for (DocumentKind kind : values()) {
      if (kind.formatName.equals(formatName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
