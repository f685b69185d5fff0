package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.DocumentKind;

/**
 * Writes and reads the body of one document kind: every property but {@code "format"} and {@code
 * "version"}. Adding a document kind is one codec (registered in {@link Codecs}) and one schema.
 * Internal.
 *
 * @param <T> the Java type of the document
 */
public interface Codec<T> {
  /**
   * Returns the document kind.
   *
   * @return the kind
   */
  DocumentKind kind();

  /**
   * Returns the Java type written and read.
   *
   * @return the type
   */
  Class<T> type();

  /**
   * Writes the body's properties into an open object.
   *
   * @param out the output, inside the object
   * @param value the value
   */
  void writeBody(Out out, T value);

  /**
   * Reads the body from an object.
   *
   * @param in the object
   * @return the value
   * @throws io.github.ipt4j.json.IptJsonException for any problem
   */
  T readBody(In in);

  /**
   * Reads the body of a document of a given format version. Version 1 bodies are upgraded on read;
   * kinds whose body did not change between versions read every version alike.
   *
   * @param in the object
   * @param version the document's format version, 1 to the current version
   * @return the value
   * @throws io.github.ipt4j.json.IptJsonException for any problem
   */
  default T readBody(In in, int version) {
    return readBody(in);
  }
}
