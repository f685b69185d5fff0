package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds {@link IptJsonException}s. Internal. */
public final class Fail {
  private Fail() {}

  /**
   * Creates an exception located at a node.
   *
   * @param code the error code
   * @param at the pointer
   * @param where the offending node, or null if unknown
   * @param detail the message, without input values
   * @return the exception
   */
  public static IptJsonException at(
      ErrorCode code, Pointer at, @Nullable Node where, String detail) {
    return new IptJsonException(
        code,
        at.toString(),
        where == null ? 0 : where.line(),
        where == null ? 0 : where.column(),
        List.of(),
        detail,
        null);
  }

  /**
   * Creates an exception at a line and column.
   *
   * @param code the error code
   * @param at the pointer
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @param detail the message, without input values
   * @return the exception
   */
  public static IptJsonException at(
      ErrorCode code, Pointer at, int line, int column, String detail) {
    return new IptJsonException(code, at.toString(), line, column, List.of(), detail, null);
  }

  /**
   * Creates a {@link ErrorCode#RULE} exception.
   *
   * @param at the pointer
   * @param where the offending node, or null
   * @param ruleCodes the broken rules' codes
   * @param detail the message
   * @return the exception
   */
  public static IptJsonException rule(
      Pointer at, @Nullable Node where, List<String> ruleCodes, String detail) {
    return new IptJsonException(
        ErrorCode.RULE,
        at.toString(),
        where == null ? 0 : where.line(),
        where == null ? 0 : where.column(),
        ruleCodes,
        detail,
        null);
  }

  /**
   * Returns a copy of an exception moved by a number of lines (for JSON Lines).
   *
   * @param e the exception
   * @param line the line of the log the document was on
   * @return the copy, with {@code line} as its line
   */
  public static IptJsonException onLine(IptJsonException e, int line) {
    return new IptJsonException(
        e.errorCode(),
        e.pointer(),
        line,
        e.column().orElse(0),
        e.ruleCodes(),
        e.detail(),
        e.getCause());
  }
}
