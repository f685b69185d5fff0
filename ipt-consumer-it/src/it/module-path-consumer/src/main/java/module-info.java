/** A consumer on the module path: it requires the two ipt4j modules it uses, and nothing else. */
module consumer.modular {
  requires io.github.ipt4j.core;
  requires io.github.ipt4j.json;
}
