package io.github.ipt4j.core.event;

/** What happens at the end of acute treatment (§5.4). */
public enum Disposition {
  /** End treatment with a relapse plan; optional follow-up or booster contact. */
  END_WITH_RELAPSE_PLAN,
  /** A new contract for continuation IPT (clearly improved but still symptomatic). */
  CONTINUATION,
  /** A new contract for maintenance IPT (remitted, high recurrence risk). */
  MAINTENANCE,
  /** An alternative or added treatment, or a referral (little or no improvement; higher level of care). */
  ALTERNATIVE_TREATMENT
}
