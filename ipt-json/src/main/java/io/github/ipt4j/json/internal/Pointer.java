package io.github.ipt4j.json.internal;

import org.jspecify.annotations.Nullable;

/** An immutable JSON Pointer (RFC 6901) built segment by segment. Internal. */
public final class Pointer {
  /** The whole document. */
  public static final Pointer ROOT = new Pointer(null, "");

  private final @Nullable Pointer parent;
  private final String segment;

  private Pointer(@Nullable Pointer parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /**
   * Returns the pointer to a property of the object this pointer points at.
   *
   * @param name a property name the format defines
   * @return the child pointer
   */
  public Pointer key(String name) {
    return new Pointer(this, name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * Returns the pointer to an element of the array this pointer points at.
   *
   * @param index the 0-based index
   * @return the child pointer
   */
  public Pointer index(int index) {
    return new Pointer(this, Integer.toString(index));
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    return parent + "/" + segment;
  }
}
