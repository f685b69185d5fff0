package io.github.ipt4j.json.internal;

import java.util.ArrayList;
import java.util.List;

/** Arrays of strings (notes, source tags), written and read in their order. Internal. */
final class Texts {
  private Texts() {}

  static void write(Out out, String name, List<String> values) {
    out.name(name).beginArray();
    for (String v : values) {
      out.string(v);
    }
    out.endArray();
  }

  static List<String> read(In in, String name) {
    Pointer at = in.pointer().key(name);
    List<Node> nodes = in.array(name);
    List<String> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      out.add(In.string(nodes.get(i), at.index(i)));
    }
    return out;
  }
}
