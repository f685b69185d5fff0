package io.github.ipt4j.json.internal;

/**
 * The reader's limits and policies. Internal.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxDepth the deepest nesting of objects and arrays; the document's root object is depth 1
 * @param maxStringLength the longest string or property name, in UTF-16 code units
 * @param maxArrayLength the most elements of one array
 * @param maxObjectMembers the most properties of one object
 * @param ignoreUnknownFields whether properties the format does not define are skipped
 * @param prettyPrint whether documents are written indented
 * @param validateHistory whether a course document's events are judged by the clinical rules
 *     ({@code Course.replay}) instead of only rebuilt ({@code Course.rebuild})
 */
public record Settings(
    long maxDocumentBytes,
    int maxDepth,
    int maxStringLength,
    int maxArrayLength,
    int maxObjectMembers,
    boolean ignoreUnknownFields,
    boolean prettyPrint,
    boolean validateHistory) {

  /** The longest number literal, in characters; longer ones are refused before they are parsed. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** The default most elements of one array. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;

  /** The default most properties of one object. */
  public static final int DEFAULT_MAX_OBJECT_MEMBERS = 1_000;

  /**
   * The defaults: 16 MiB, depth 64, strings up to 10,000 characters, arrays up to 100,000
   * elements, objects up to 1,000 properties, unknown fields refused, a course's history rebuilt
   * without re-judging it.
   */
  public static final Settings DEFAULTS =
      new Settings(
          16L * 1024 * 1024,
          64,
          10_000,
          DEFAULT_MAX_ARRAY_LENGTH,
          DEFAULT_MAX_OBJECT_MEMBERS,
          false,
          false,
          false);
}
