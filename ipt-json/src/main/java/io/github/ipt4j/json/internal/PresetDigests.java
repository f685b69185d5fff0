package io.github.ipt4j.json.internal;

import java.util.List;
import java.util.Map;

/**
 * The digests of every definition a built-in preset has had in a release of ipt4j, per preset id
 * (#12). An event log's header names its preset by id and digest; a digest listed here for that id
 * is a definition that preset really had, so the log reads under this release's definition of the
 * same preset — upgraded, as stored documents are — instead of being refused. A digest that is
 * neither today's nor listed is refused ({@code JSON-PROTOCOL}): it is not a definition ipt4j ever
 * shipped under that id.
 *
 * <p>The list only grows. A change to a preset, or to how a protocol document is written, changes
 * its digest; {@code PresetDigestsTest} then fails until the new digest is appended here. Never
 * remove a digest: logs written under it would stop reading. Internal.
 */
final class PresetDigests {
  private PresetDigests() {}

  // Appended to, never edited: the digests of the definitions written by 0.2.0 (format 2).
  private static final Map<String, List<String>> KNOWN = Map.ofEntries(
      // digests:begin
      // digests:end
      );

  /**
   * Tells whether a digest is one of a preset's released definitions.
   *
   * @param id the preset id
   * @param digest the digest, {@code sha256:} and hex
   * @return true if a release of ipt4j shipped that definition under that id
   */
  static boolean isReleased(String id, String digest) {
    List<String> digests = KNOWN.get(id);
    return digests != null && digests.contains(digest);
  }

  /**
   * Returns every released digest of a preset, oldest first.
   *
   * @param id the preset id
   * @return the digests, empty for an unknown id
   */
  static List<String> of(String id) {
    return KNOWN.getOrDefault(id, List.of());
  }
}
