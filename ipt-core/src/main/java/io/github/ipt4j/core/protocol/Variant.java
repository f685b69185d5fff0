package io.github.ipt4j.core.protocol;

/** The IPT variants of reference §6 and §10.1. */
public enum Variant {
  /** Acute IPT for adult depression. */
  ACUTE,
  /** Brief IPT (IPT-B). */
  IPT_B,
  /** IPT for adolescents (IPT-A). */
  IPT_A,
  /** WHO group IPT. */
  GROUP_WHO,
  /** IPT-G (Wilfley group IPT). */
  IPT_G,
  /** Interpersonal counselling (IPC). */
  IPC,
  /** Interpersonal and social rhythm therapy (IPSRT). */
  IPSRT,
  /** Perinatal IPT. */
  PERINATAL,
  /** IPT for PTSD. */
  PTSD,
  /** Telephone IPT. */
  TELEPHONE,
  /** Internet or online IPT. */
  INTERNET,
  /** Continuation IPT: a new contract after acute treatment. */
  CONTINUATION,
  /** Maintenance IPT (IPT-M). */
  MAINTENANCE,
  /** A researcher's own protocol that is none of the above. */
  CUSTOM
}
