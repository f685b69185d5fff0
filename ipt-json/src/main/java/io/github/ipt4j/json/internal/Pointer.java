package io.github.ipt4j.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable JSON Pointer (RFC 6901) built segment by segment. A segment is kept raw (the
 * property name, or the array index as an {@code int}) and escaped only when the pointer is turned
 * into text, which happens only when an error is reported. Internal.
 */
public final class Pointer {
  /** The whole document. */
  public static final Pointer ROOT = new Pointer(null, null, 0);

  private final @Nullable Pointer parent;
  private final @Nullable String name;
  private final int index;

  private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * Returns the pointer to a property of the object this pointer points at.
   *
   * @param name a property name the format defines
   * @return the child pointer
   */
  public Pointer key(String name) {
    return new Pointer(this, Objects.requireNonNull(name, "name"), 0);
  }

  /**
   * Returns the pointer to an element of the array this pointer points at.
   *
   * @param index the 0-based index
   * @return the child pointer
   */
  public Pointer index(int index) {
    return new Pointer(this, null, index);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }

  private void appendTo(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.appendTo(sb);
    sb.append('/');
    if (name == null) {
      sb.append(index);
    } else {
      sb.append(name.replace("~", "~0").replace("/", "~1"));
    }
  }
}
