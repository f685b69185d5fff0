package io.github.ipt4j.core.technique;

/**
 * Where in the middle phase a problem-area goal, strategy or typical technique mainly belongs
 * (reference §3).
 *
 * <p>The reference orders only the grief work this way, and only implicitly: goal 1 (mourning)
 * before goal 2 (rebuilding interests and relationships), and "later decision analysis and role
 * play" (§3.1). Every {@link #EARLY} or {@link #LATER} assignment is therefore a <b>[C]</b>
 * convention (see {@link ProblemAreaGuidance#timingNote()}): an emphasis for ranking, never a
 * restriction.
 */
public enum MiddleTiming {
  /** Mainly the earlier part of the middle phase (for grief: mourning and reconstruction). */
  EARLY,
  /** Mainly the later part of the middle phase (for grief: new interests and relationships). */
  LATER,
  /** The reference does not place the item within the middle phase. */
  UNSPECIFIED
}
