package io.github.ipt4j.core.protocol;

/**
 * The four IPT problem areas that organise the middle phase (reference §3). A protocol may show
 * them under other names (for example "life changes" in WHO group IPT, §3.7); the identity of the
 * area does not change.
 */
public enum ProblemArea {
  /** Complicated bereavement; reserved for actual deaths (§3.1). */
  GRIEF("Grief"),
  /** Non-reciprocal expectations with a significant other (§3.2). Always has a stage. */
  ROLE_DISPUTE("Role dispute"),
  /** Difficulty adapting to a change in life circumstances, including non-death losses (§3.3). */
  ROLE_TRANSITION("Role transition"),
  /**
   * Lack of attachments, loneliness, social isolation; eligible only when none of the other three
   * applies (§3.4, §3.5).
   */
  INTERPERSONAL_DEFICITS("Interpersonal deficits");

  private final String classicName;

  ProblemArea(String classicName) {
    this.classicName = classicName;
  }

  /**
   * Returns the name used in classic IPT (§3.7).
   *
   * @return the classic name, e.g. {@code "Role transition"}
   */
  public String classicName() {
    return classicName;
  }
}
