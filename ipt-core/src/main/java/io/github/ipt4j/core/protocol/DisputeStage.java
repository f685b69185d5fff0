package io.github.ipt4j.core.protocol;

/**
 * The three stages of a role dispute (reference §3.2.1). The stage is a mutable attribute of a
 * {@link ProblemArea#ROLE_DISPUTE} focus: assessed in the initial phase, it may change during
 * treatment.
 */
public enum DisputeStage {
  /** Both parties know they disagree and are still trying to change things. */
  RENEGOTIATION,
  /** Talks have stopped; low-level resentment or a "cold war". */
  IMPASSE,
  /** The relationship is beyond repair or one party has decided to end it. */
  DISSOLUTION
}
