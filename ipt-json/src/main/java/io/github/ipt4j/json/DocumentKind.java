package io.github.ipt4j.json;

import java.util.Optional;

/**
 * The kinds of top-level document in the ipt4j JSON format. Every document names its kind in a
 * {@code "format"} property and its format version in a {@code "version"} property.
 *
 * <p>Format names are stable: they never change once released, whatever the Java class names.
 */
public enum DocumentKind {
  /** A whole course: its protocol, identifiers and the event log that rebuilds it. */
  COURSE("ipt4j.course"),
  /** One course event. */
  EVENT("ipt4j.event"),
  /** A protocol definition (a built-in preset or a researcher's custom protocol). */
  PROTOCOL("ipt4j.protocol");

  private final String formatName;

  DocumentKind(String formatName) {
    this.formatName = formatName;
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
