package io.github.ipt4j.core.decision;

/** How urgent an {@link AgendaItem} is; high-priority items come first in an agenda. */
public enum AgendaPriority {
  /** Safety first (§9), resumption of a suspended course, an announcement at or past its deadline. */
  HIGH,
  /** Everything else, in the order of {@link AgendaItemKind}. */
  ROUTINE
}
