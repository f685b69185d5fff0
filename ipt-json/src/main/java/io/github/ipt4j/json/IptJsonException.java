package io.github.ipt4j.json;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The one exception the ipt4j JSON reader throws for bad input, whatever is wrong with it. It
 * carries a stable {@link ErrorCode}, the JSON Pointer (RFC 6901) of the offending value, the line
 * and column where the parser found it, and for {@link ErrorCode#RULE} the codes of the broken
 * rules.
 *
 * <p>The message never repeats values from the input: identifiers may be patient data. It names
 * only the error code, the pointer, the position and, where known, the format's own field names,
 * codes and limits. A pointer never contains a property name the format does not define: an error
 * inside an unknown property points at the object that holds it.
 *
 * <p>Instances are immutable.
 */
public final class IptJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable error code. */
  private final ErrorCode errorCode;

  /** The JSON Pointer of the offending value. */
  private final String pointer;

  /** The 1-based line, 0 if unknown. */
  private final int line;

  /** The 1-based column, 0 if unknown. */
  private final int column;

  /** The broken rules' codes. */
  private final List<String> ruleCodes;

  /** The message without code and position. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param errorCode the error code, not null
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document, not
   *     null
   * @param line the 1-based line of the offending value, or 0 or less if unknown
   * @param column the 1-based column of the offending value, or 0 or less if unknown
   * @param ruleCodes the codes of the broken rules, empty unless {@code errorCode} is {@link
   *     ErrorCode#RULE}, not null
   * @param detail what is wrong, without any value from the input, not null
   * @param cause the underlying exception, or null
   */
  public IptJsonException(
      ErrorCode errorCode,
      String pointer,
      int line,
      int column,
      List<String> ruleCodes,
      String detail,
      @Nullable Throwable cause) {
    super(message(errorCode, pointer, line, column, detail), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.ruleCodes = List.copyOf(ruleCodes);
    this.detail = detail;
  }

  private static String message(
      ErrorCode errorCode, String pointer, int line, int column, String detail) {
    StringBuilder sb = new StringBuilder();
    sb.append(errorCode.code()).append(" at '").append(pointer).append('\'');
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.append(": ").append(detail).toString();
  }

  /**
   * Returns the stable error code.
   *
   * @return the code
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the JSON Pointer of the offending value, e.g. {@code "/events/7"}; {@code ""} is the
   * whole document. For a JSON Lines event log the pointer is relative to the line's document.
   *
   * @return the pointer, never null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the offending value, if known. For a JSON Lines event log this is
   * the line of the log.
   *
   * @return the line, or empty
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column of the offending value as the parser counts it, if known.
   *
   * @return the column, or empty
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns what is wrong, without the code and position that {@link #getMessage()} adds; like the
   * message, it never contains input values.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the codes of the broken rules for {@link ErrorCode#RULE}, e.g. {@code
   * ["IPT-SEQ-001"]}.
   *
   * @return an unmodifiable list, empty for other error codes
   */
  public List<String> ruleCodes() {
    return ruleCodes;
  }
}
