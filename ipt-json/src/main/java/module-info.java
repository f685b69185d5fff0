/** ipt4j JSON: a stable, versioned JSON format for ipt4j values, built on Jackson 3. */
module io.github.ipt4j.json {
  requires transitive io.github.ipt4j.core;
  requires tools.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.ipt4j.json;
}
