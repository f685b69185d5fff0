package io.github.ipt4j.core.technique;

/**
 * A population or situation that the "Fits best" column of the technique catalogue (reference
 * §4.1) names for a technique, where it matters for selecting techniques. It says for whom the
 * reference singles a technique out; it does not by itself exclude anyone (see {@link
 * TechniqueCatalogue#nonStandardInClassicAdultIpt()} for the one explicit restriction).
 */
public enum Population {
  /** Adolescents, as in IPT-A (§6). */
  ADOLESCENTS,
  /** Group formats of IPT, such as WHO group IPT (§6). */
  GROUPS,
  /** Patients with PTSD, as in IPT for PTSD (§6). */
  PTSD,
  /** Any patient with suicidal ideation (§4.1, §9). */
  SUICIDAL_IDEATION
}
