package io.github.ipt4j.json;

/**
 * The stable codes of every error the JSON reader reports through {@link IptJsonException}. Codes
 * never change once released; a host can switch on them, count them and document them. The file
 * {@code docs/json-format.md} describes each one.
 */
public enum ErrorCode {
  /** The input is not well-formed JSON: a syntax error, invalid UTF-8, a cut-off document, an
   * empty document or content after the document's end. */
  SYNTAX("JSON-SYNTAX"),
  /** The document is larger than {@link IptJson.Builder#maxDocumentBytes(long)}. */
  LIMIT_SIZE("JSON-LIMIT-SIZE"),
  /** Objects and arrays are nested deeper than {@link IptJson.Builder#maxDepth(int)}. */
  LIMIT_DEPTH("JSON-LIMIT-DEPTH"),
  /** A string or property name is longer than {@link IptJson.Builder#maxStringLength(int)}. */
  LIMIT_STRING("JSON-LIMIT-STRING"),
  /** An array has more elements than {@link IptJson.Builder#maxArrayLength(int)}; refused as soon
   * as the element after the limit is met, before the rest of the input is read. */
  LIMIT_ARRAY("JSON-LIMIT-ARRAY"),
  /** An object has more properties than {@link IptJson.Builder#maxObjectMembers(int)}; refused as
   * soon as the property after the limit is met, before the rest of the input is read. */
  LIMIT_OBJECT("JSON-LIMIT-OBJECT"),
  /** The input is not UTF-8 text (it starts with a byte order mark, or is UTF-16 or UTF-32, which
   * shows as a NUL byte among the first four bytes of a document or a log line), or a string holds
   * a lone surrogate (an unpaired UTF-16 code unit, written as a backslash-u escape or as encoded
   * surrogate bytes), which no UTF-8 text can carry. Writing a value whose strings hold a lone
   * surrogate, or reading a Java {@code String} that holds one, is refused with this code too. */
  ENCODING("JSON-ENCODING"),
  /** A number does not fit a 32-bit signed integer, or is written with too many digits. */
  LIMIT_NUMBER("JSON-LIMIT-NUMBER"),
  /** An object has the same property name twice. */
  DUPLICATE_KEY("JSON-DUPLICATE-KEY"),
  /** An object has a property the format does not define (refused unless the reader ignores
   * unknown fields, see {@link IptJson.Builder#ignoreUnknownFields(boolean)}). */
  UNKNOWN_FIELD("JSON-UNKNOWN-FIELD"),
  /** A required property is missing. */
  MISSING_FIELD("JSON-MISSING-FIELD"),
  /** A value has the wrong JSON type: a string where a number belongs, an array where an object
   * belongs, a {@code null} anywhere, a decimal number where an integer belongs. */
  TYPE("JSON-TYPE"),
  /** A value has the right JSON type but is not allowed: an unknown code, an invalid identifier or
   * date, a number out of range, an out-of-range item score, a duplicate set element. */
  VALUE("JSON-VALUE"),
  /** An event names a type that is not one of the stable event type names. */
  UNKNOWN_TYPE("JSON-UNKNOWN-TYPE"),
  /** The document's {@code "format"} is missing, unknown, or not the kind the caller asked for. */
  FORMAT("JSON-FORMAT"),
  /** The document's {@code "version"} is newer than this reader knows, or not a valid version. */
  VERSION("JSON-VERSION"),
  /** A value written for readers in other languages (a measure's total or band, a course's
   * identifiers, a recommendation's score) does not match the value recomputed from the data. */
  MISMATCH("JSON-MISMATCH"),
  /** The data breaks an ipt4j rule: an event that the course refuses on replay, or an invalid
   * protocol definition. {@link IptJsonException#ruleCodes()} lists the rules' codes. */
  RULE("JSON-RULE"),
  /** Reading from or writing to a stream failed. */
  IO("JSON-IO"),
  /** The protocol of an event log cannot be used: the log's header names a built-in protocol
   * this release does not have, or a digest that no release's definition of that preset had (a
   * preset's earlier released definitions are accepted and read as this release's), or the caller named a protocol that differs from the one the header names. A
   * log is never replayed under another protocol than the one it was written under (#12). */
  PROTOCOL("JSON-PROTOCOL");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, e.g. {@code "JSON-SYNTAX"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
