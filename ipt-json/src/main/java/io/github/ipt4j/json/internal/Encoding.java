package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import io.github.ipt4j.json.IptJsonException;

/**
 * The format's encoding checks: input must be UTF-8 without a byte order mark, and no string may
 * hold a lone surrogate. Jackson would otherwise detect UTF-16 and UTF-32 by itself, skip a byte
 * order mark, and pass lone surrogates through. Internal.
 */
public final class Encoding {
  private Encoding() {}

  /**
   * Refuses a document or log line that is not UTF-8: one that starts with a byte order mark, or
   * has a NUL byte among its first four bytes (UTF-16 or UTF-32 text; JSON text in UTF-8 starts
   * with four ASCII characters or fewer, none of them NUL).
   *
   * @param bytes the input
   * @param offset where the document starts
   * @param length its length
   * @throws IptJsonException with {@link ErrorCode#ENCODING} at line 1, column 1
   */
  public static void checkStart(byte[] bytes, int offset, int length) {
    if (length >= 3
        && bytes[offset] == (byte) 0xEF
        && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF) {
      throw notUtf8("the input starts with a byte order mark; the format is UTF-8 without one");
    }
    if (length >= 2
        && ((bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF)
            || (bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE))) {
      throw notUtf8(
          "the input starts with a UTF-16 or UTF-32 byte order mark; the format is UTF-8");
    }
    for (int i = offset, end = offset + Math.min(length, 4); i < end; i++) {
      if (bytes[i] == 0) {
        throw notUtf8("the input has NUL bytes (UTF-16 or UTF-32 text); the format is UTF-8");
      }
    }
  }

  private static IptJsonException notUtf8(String detail) {
    return Fail.at(ErrorCode.ENCODING, Pointer.ROOT, 1, 1, detail);
  }

  /**
   * Finds the first lone surrogate of a string.
   *
   * @param s the string
   * @return its index, or -1 if every surrogate is half of a pair
   */
  public static int loneSurrogate(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Refuses a Java string given as a whole document or log that holds a lone surrogate: it has no
   * UTF-8 form, and encoding it would silently replace it.
   *
   * @param text the text
   * @throws IptJsonException with {@link ErrorCode#ENCODING} at the surrogate's line and column
   */
  public static void checkText(String text) {
    int at = loneSurrogate(text);
    if (at < 0) {
      return;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= at || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    throw Fail.at(
        ErrorCode.ENCODING,
        Pointer.ROOT,
        line,
        column,
        "the text holds a lone surrogate, which has no UTF-8 form; the format is UTF-8");
  }

  /** The detail of a lone surrogate found in a string value or property name. */
  static final String LONE_SURROGATE_IN_STRING =
      "a string holds a lone surrogate (an unpaired UTF-16 code unit), which has no UTF-8 form";
}
