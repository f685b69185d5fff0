package io.github.ipt4j.core.protocol;

/** How often contracted sessions take place (reference §2.1, §5.6). */
public enum Frequency {
  /** Once a week. */
  WEEKLY,
  /** Twice a month (fortnightly). */
  TWICE_MONTHLY,
  /** Once a month. */
  MONTHLY
}
