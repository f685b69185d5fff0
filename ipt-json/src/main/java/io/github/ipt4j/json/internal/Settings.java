package io.github.ipt4j.json.internal;

/**
 * The reader's limits and policies. Internal.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxDepth the deepest nesting of objects and arrays; the document's root object is depth 1
 * @param maxStringLength the longest string or property name, in UTF-16 code units
 * @param ignoreUnknownFields whether properties the format does not define are skipped
 * @param prettyPrint whether documents are written indented
 * @param validateHistory whether a course document's events are judged by the clinical rules
 *     ({@code Course.replay}) instead of only rebuilt ({@code Course.rebuild})
 */
public record Settings(
    long maxDocumentBytes,
    int maxDepth,
    int maxStringLength,
    boolean ignoreUnknownFields,
    boolean prettyPrint,
    boolean validateHistory) {

  /** The longest number literal, in characters; longer ones are refused before they are parsed. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /**
   * The defaults: 16 MiB, depth 64, strings up to 10,000 characters, unknown fields refused, a
   * course's history rebuilt without re-judging it.
   */
  public static final Settings DEFAULTS =
      new Settings(16L * 1024 * 1024, 64, 10_000, false, false, false);
}
