/**
 * ipt4j JSON: a stable, versioned, schema-backed JSON format for ipt4j courses, events, protocols,
 * measurements and decision outputs, built on Jackson 3. The front door is {@link io.github.ipt4j.json.IptJson};
 * hosts with their own Jackson mapper register {@link io.github.ipt4j.json.IptJsonModule} (also
 * found through {@link java.util.ServiceLoader}).
 */
module io.github.ipt4j.json {
  requires transitive io.github.ipt4j.core;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.ipt4j.json;

  provides tools.jackson.databind.JacksonModule with
      io.github.ipt4j.json.IptJsonModule;
}
