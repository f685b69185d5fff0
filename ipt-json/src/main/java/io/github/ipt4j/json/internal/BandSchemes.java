package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The custom band schemes a document lists once, in its top-level {@code "bandSchemes"} array, so
 * that its measurements name them as they name a built-in scheme (format version 2, #12). Only a
 * course document lists them; a measurement or event document (and so each line of an event log)
 * embeds its custom scheme in full. A custom scheme is listed when no other scheme of the document
 * has its name; two different custom schemes of one name are each embedded in full in their
 * measurements instead, so that a name always means one scheme. Internal; one document, one
 * thread.
 */
final class BandSchemes {
  /** No listed scheme: every custom scheme is embedded in its measurement. */
  static final BandSchemes NONE = new BandSchemes(List.of(), List.of(), Pointer.ROOT);

  private static final Set<String> LISTED = Set.of("name", "instrument", "source", "bands");

  /** The listed schemes, sorted by name (written), or in document order (read). */
  private final List<BandScheme> schemes;

  /** The nodes of the listed schemes when read, for the position of an unused one; else empty. */
  private final List<Node> nodes;

  private final Pointer at;
  private final Map<String, Integer> byName = new HashMap<>();
  private final boolean[] used;

  private BandSchemes(List<BandScheme> schemes, List<Node> nodes, Pointer at) {
    this.schemes = schemes;
    this.nodes = nodes;
    this.at = at;
    this.used = new boolean[schemes.size()];
    for (int i = 0; i < schemes.size(); i++) {
      byName.put(schemes.get(i).name(), i);
    }
  }

  /**
   * The schemes a document holding these measurements lists: every custom scheme whose name no
   * other scheme of the measurements has (and that is not a built-in name), sorted by name.
   */
  static BandSchemes of(List<Measurement> measurements) {
    Map<String, Set<BandScheme>> custom = new TreeMap<>();
    for (Measurement m : measurements) {
      BandScheme s = m.bandScheme();
      if (!isBuiltIn(s)) {
        custom.computeIfAbsent(s.name(), n -> new HashSet<>()).add(s);
      }
    }
    List<BandScheme> listed = new ArrayList<>();
    for (Map.Entry<String, Set<BandScheme>> e : custom.entrySet()) {
      if (e.getValue().size() == 1 && MeasurementCodec.builtInNamed(e.getKey()) == null) {
        listed.add(e.getValue().iterator().next());
      }
    }
    return listed.isEmpty() ? NONE : new BandSchemes(List.copyOf(listed), List.of(), Pointer.ROOT);
  }

  private static boolean isBuiltIn(BandScheme s) {
    BandScheme builtIn = MeasurementCodec.builtInNamed(s.name());
    return builtIn != null && builtIn.equals(s);
  }

  /** Whether a measurement names this scheme instead of embedding it. */
  boolean lists(BandScheme scheme) {
    Integer i = byName.get(scheme.name());
    return i != null && schemes.get(i).equals(scheme);
  }

  /** Writes the {@code "bandSchemes"} property, if any scheme is listed. */
  void write(Out out) {
    if (schemes.isEmpty()) {
      return;
    }
    out.name("bandSchemes").beginArray();
    for (BandScheme s : schemes) {
      out.beginObject();
      out.name("name").string(s.name());
      out.name("instrument").string(s.instrument().name());
      MeasurementCodec.writeSchemeBody(out, s);
      out.endObject();
    }
    out.endArray();
  }

  /**
   * Reads a document's {@code "bandSchemes"}, if it has one: each entry a custom scheme (never a
   * built-in name) with a name no other entry has.
   */
  static BandSchemes read(In doc) {
    if (!doc.has("bandSchemes")) {
      return NONE;
    }
    Pointer at = doc.pointer().key("bandSchemes");
    List<Node> nodes = doc.array("bandSchemes");
    List<BandScheme> schemes = new ArrayList<>(nodes.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      In e = doc.element("bandSchemes", nodes, i);
      e.allow(LISTED);
      String name = e.string("name");
      if (MeasurementCodec.builtInNamed(name) != null) {
        throw Fail.at(
            ErrorCode.VALUE,
            e.pointer().key("name"),
            e.required("name"),
            "a built-in band scheme is named by the measurement, never listed in bandSchemes");
      }
      if (!names.add(name)) {
        throw Fail.at(
            ErrorCode.VALUE,
            e.pointer().key("name"),
            e.required("name"),
            "another entry of bandSchemes has this name; each name may be listed once");
      }
      Instrument ins = e.code("instrument", Instrument.class);
      schemes.add(MeasurementCodec.schemeBody(e, ins));
    }
    return new BandSchemes(List.copyOf(schemes), List.copyOf(nodes), at);
  }

  /**
   * The listed scheme of a name, marked as used, or null if none has it.
   *
   * @param name the name a measurement gives
   * @return the scheme, or null
   */
  @Nullable BandScheme named(String name) {
    Integer i = byName.get(name);
    if (i == null) {
      return null;
    }
    used[i] = true;
    return schemes.get(i);
  }

  /** Refuses a listed scheme that no measurement of the document names. */
  void checkUsed() {
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        throw Fail.at(
            ErrorCode.VALUE,
            at.index(i),
            nodes.get(i),
            "no measurement of the document names this band scheme; list only the schemes its"
                + " measurements use");
      }
    }
  }
}
