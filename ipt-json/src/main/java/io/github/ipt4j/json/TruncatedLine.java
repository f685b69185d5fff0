package io.github.ipt4j.json;

/**
 * The last line of a JSON Lines event log that was cut off, typically because the writer crashed
 * in the middle of appending it. Its content is never returned (it may hold partial patient data);
 * to repair the log, truncate the file to {@link #offset()} bytes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lineNumber the 1-based line number of the cut-off line
 * @param offset the byte offset where the line starts: the length of the log's complete part
 * @param length the number of bytes of the cut-off line
 */
public record TruncatedLine(int lineNumber, long offset, int length) {}
