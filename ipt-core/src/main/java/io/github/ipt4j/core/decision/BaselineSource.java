package io.github.ipt4j.core.decision;

/**
 * Which measure {@link TerminationReadiness} took as the baseline of an instrument, by its
 * documented rule (§5.3, §7.7, §10.1): the episode's baseline when the host passes one, else the
 * first measure of the instrument recorded in the initial phase, else the first recorded in the
 * pre-treatment phase (screening), else the first recorded at all.
 */
public enum BaselineSource {
  /**
   * The baseline of the acute episode, passed in by the host for a continuation or maintenance
   * course ({@link EpisodeBaseline}; §5.3, §5.6, §7.7, §10.1).
   */
  EPISODE,
  /** The first measure of the instrument recorded in the course's initial phase (§7.7). */
  INITIAL_PHASE,
  /** The first measure recorded in the pre-treatment phase, the screening (§2.2, §6). */
  PRE_TREATMENT,
  /**
   * The first measure recorded in the course, in a later phase: a course without an initial phase
   * (continuation, maintenance) or one whose initial phase recorded none ([C]).
   */
  FIRST_RECORDED
}
