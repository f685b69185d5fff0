package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.rule.Provenance;
import java.util.Optional;

/**
 * The provenance of the built-in protocol presets, by the sections and source numbers of {@code
 * docs/clinical-reference.md}. A preset is marked [C] where one of its numbers is the canonical
 * mapping of §2.1 or another default the reference gives no source for (see each preset's
 * Javadoc in {@link Protocols}).
 */
final class PresetSources {
  private PresetSources() {}

  static Optional<Provenance> of(Protocol protocol) {
    if (protocol.equals(Protocols.ACUTE)) {
      return Optional.of(Provenance.convention("§2.1, §5.1, §6", "S1 S2 S4 S6 S9"));
    }
    if (protocol.equals(Protocols.IPT_B)) {
      return Optional.of(Provenance.convention("§2.1, §6", "S19"));
    }
    if (protocol.equals(Protocols.IPT_A)) {
      return Optional.of(Provenance.convention("§2.1, §5.1, §6", "S23"));
    }
    if (protocol.equals(Protocols.GROUP_WHO)) {
      return Optional.of(Provenance.sourced("§2.1, §3.7, §6", "S14 S15"));
    }
    if (protocol.equals(Protocols.IPC)) {
      return Optional.of(Provenance.sourced("§2.1, §3.7, §6", "S21"));
    }
    if (protocol.equals(Protocols.PTSD)) {
      return Optional.of(Provenance.convention("§2.1, §6", "S10 S25"));
    }
    if (protocol.equals(Protocols.PERINATAL)) {
      return Optional.of(Provenance.convention("§2.1, §6", "S24"));
    }
    if (protocol.equals(Protocols.CONTINUATION)) {
      return Optional.of(Provenance.convention("§5.4, §5.6", "S9 S10"));
    }
    if (protocol.equals(Protocols.MAINTENANCE)) {
      return Optional.of(Provenance.convention("§5.6, §6", "S9 S20"));
    }
    return Optional.empty();
  }
}
