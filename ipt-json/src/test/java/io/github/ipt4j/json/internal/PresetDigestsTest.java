package io.github.ipt4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every built-in preset's definition of this release is listed among the released digests, so a
 * log written today still reads after a later release changes the preset (#12). When this fails, a
 * preset or the protocol document changed: append the printed lines between the digests markers of
 * {@code PresetDigests}, keeping every older digest.
 */
class PresetDigestsTest {

  @Test
  void everyPresetsCurrentDefinitionIsAReleasedDigest() {
    List<String> missing =
        Protocols.all().stream()
            .filter(p -> !PresetDigests.isReleased(p.id(), LogHeaderCodec.digest(p)))
            .map(p -> "      Map.entry(\"" + p.id() + "\", List.of(\"" + LogHeaderCodec.digest(p)
                + "\")),")
            .collect(Collectors.toList());
    assertEquals(
        List.of(),
        missing,
        "a preset's definition changed: add its new digest to PresetDigests (keep the old ones)");
  }

  @Test
  void aDigestIsReleasedOnlyUnderItsOwnPresetId() {
    Set<String> seen = new HashSet<>();
    for (Protocol p : Protocols.all()) {
      String d = LogHeaderCodec.digest(p);
      assertTrue(seen.add(d), "two presets share a digest: " + p.id());
      for (Protocol other : Protocols.all()) {
        if (!other.id().equals(p.id())) {
          assertFalse(PresetDigests.isReleased(other.id(), d), p.id() + " under " + other.id());
        }
      }
    }
    assertFalse(PresetDigests.isReleased("no-such-preset", "sha256:" + "0".repeat(64)));
    assertEquals(List.of(), PresetDigests.of("no-such-preset"));
  }
}
