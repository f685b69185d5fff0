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
      Map.entry("ipt-acute", List.of("sha256:1a1ca2faf8297839bbffe7d897722f76bafd028114df254f5bad386330e26e2d")),
      Map.entry("ipt-b", List.of("sha256:b4da03c336314fb9c5988ebef7b35d4307935d6583d075eaef512c7648cbfd88")),
      Map.entry("ipt-a", List.of("sha256:5312c0703a08ab2028725db94ddbf5b5760dac43ae9e7913f343eb1aaa0a75c8")),
      Map.entry("ipt-group-who", List.of("sha256:f36fea1e2caa2b2aa75679433bdad568b20d56f2590c4d827b039f12ca96ca50")),
      Map.entry("ipc", List.of("sha256:5cad4fca7f821615bdbe9b8a9b5b530252a340bb39d0ad196fddf2f0c238fd09")),
      Map.entry("ipt-ptsd", List.of("sha256:a22f2bdbb35ca97106f353a091047ea365cead977db27e0ee6228903bca3925a")),
      Map.entry("ipt-perinatal", List.of("sha256:1372062c9a5df71ba2754d2f01ca4b8a89f66edfa83c5894ec96e485757863cf")),
      Map.entry("ipt-continuation", List.of("sha256:e72812d6d5797f953d484fc9770ed4cbc611f19719c6d06b374d9a1adcb315a6")),
      Map.entry("ipt-maintenance", List.of("sha256:6ffbe21b3d51ac609b3a88001f27290b6f08ddb306f2dc6a18b370bd477bb880"))
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
