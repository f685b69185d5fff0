package io.github.ipt4j.json.internal;

/**
 * Tells whether bytes are a true prefix of a JSON value: every byte so far fits the JSON grammar
 * (and UTF-8, where a multi-byte character may be cut off at the very end), but the value is not
 * complete yet. This is exactly what a log line cut off while being written looks like; a line
 * with a complete value followed by anything, or with a byte JSON never allows, is not a prefix.
 * Internal.
 */
public final class JsonPrefix {
  // what the recogniser expects next
  private static final int VALUE = 0;
  private static final int FIRST_KEY_OR_END = 1;
  private static final int KEY = 2;
  private static final int COLON = 3;
  private static final int COMMA_OR_END = 4;
  private static final int FIRST_VALUE_OR_END = 5;
  private static final int DONE = 6;

  private JsonPrefix() {}

  /**
   * Checks a slice of bytes.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one after the last byte
   * @param maxDepth the deepest nesting accepted
   * @return true if the slice is a prefix of some JSON value but not a complete one
   */
  public static boolean isTruePrefix(byte[] b, int from, int to, int maxDepth) {
    boolean[] inObject = new boolean[Math.min(maxDepth, 1024) + 2];
    int depth = 0;
    int state = VALUE;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      switch (state) {
        case VALUE, FIRST_VALUE_OR_END -> {
          if (state == FIRST_VALUE_OR_END && c == ']') {
            depth--;
            state = afterValue(depth);
            i++;
            break;
          }
          if (c == '{' || c == '[') {
            if (depth + 1 >= inObject.length || depth + 1 > maxDepth) {
              return false;
            }
            depth++;
            inObject[depth] = c == '{';
            state = c == '{' ? FIRST_KEY_OR_END : FIRST_VALUE_OR_END;
            i++;
          } else if (c == '"') {
            i = string(b, i + 1, to);
            if (i < 0) {
              return i == -1;
            }
            state = afterValue(depth);
          } else if (c == '-' || (c >= '0' && c <= '9')) {
            i = number(b, i, to);
            if (i < 0) {
              return i == -1;
            }
            state = afterValue(depth);
          } else if (c == 't' || c == 'f' || c == 'n') {
            String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            int k = 0;
            while (k < word.length() && i < to) {
              if ((b[i] & 0xFF) != word.charAt(k)) {
                return false;
              }
              k++;
              i++;
            }
            if (k < word.length()) {
              return true;
            }
            state = afterValue(depth);
          } else {
            return false;
          }
        }
        case FIRST_KEY_OR_END, KEY -> {
          if (state == FIRST_KEY_OR_END && c == '}') {
            depth--;
            state = afterValue(depth);
            i++;
          } else if (c == '"') {
            i = string(b, i + 1, to);
            if (i < 0) {
              return i == -1;
            }
            state = COLON;
          } else {
            return false;
          }
        }
        case COLON -> {
          if (c != ':') {
            return false;
          }
          state = VALUE;
          i++;
        }
        case COMMA_OR_END -> {
          if (c == ',') {
            state = inObject[depth] ? KEY : VALUE;
          } else if (c == (inObject[depth] ? '}' : ']')) {
            depth--;
            state = afterValue(depth);
          } else {
            return false;
          }
          i++;
        }
        default -> {
          return false; // DONE: something after a complete value
        }
      }
    }
    return state != DONE;
  }

  private static int afterValue(int depth) {
    return depth == 0 ? DONE : COMMA_OR_END;
  }

  /**
   * Reads a string's content after its opening quotation mark.
   *
   * @return the index after the closing mark, -1 if the input ends inside the string, -2 if the
   *     string is not valid
   */
  private static int string(byte[] b, int i, int to) {
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c == '"') {
        return i + 1;
      } else if (c == '\\') {
        if (i + 1 >= to) {
          return -1;
        }
        int e = b[i + 1] & 0xFF;
        if (e == 'u') {
          for (int k = 0; k < 4; k++) {
            if (i + 2 + k >= to) {
              return -1;
            }
            if (Character.digit(b[i + 2 + k] & 0xFF, 16) < 0) {
              return -2;
            }
          }
          i += 6;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          i += 2;
        } else {
          return -2;
        }
      } else if (c < 0x20) {
        return -2;
      } else if (c < 0x80) {
        i++;
      } else {
        int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (more < 0) {
          return -2;
        }
        for (int k = 1; k <= more; k++) {
          if (i + k >= to) {
            return -1;
          }
          if ((b[i + k] & 0xC0) != 0x80) {
            return -2;
          }
        }
        i += more + 1;
      }
    }
    return -1;
  }

  /**
   * Reads a number.
   *
   * @return the index after it, -1 if the input ends where the number could go on (inside a
   *     container every number at the end is cut off), -2 if it is not valid
   */
  private static int number(byte[] b, int i, int to) {
    int start = i;
    if (b[i] == '-') {
      i++;
    }
    if (i >= to) {
      return -1;
    }
    if (b[i] == '0') {
      i++;
    } else if (b[i] >= '1' && b[i] <= '9') {
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    } else {
      return -2;
    }
    if (i < to && b[i] == '.') {
      i++;
      int digits = i;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return i >= to ? -1 : -2;
      }
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < to && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int digits = i;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return i >= to ? -1 : -2;
      }
    }
    return i >= to && i > start ? -1 : i;
  }
}
