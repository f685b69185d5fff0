package io.github.ipt4j.core.measure;

/**
 * A screening rule, other than the risk item, that a result meets or not. Each flag names the
 * instrument it belongs to and the reference section it comes from; {@link Measurement#flags()}
 * lists the flags a result meets.
 */
public enum ScoreFlag {
  /**
   * PHQ-9 "major depressive syndrome" (optional diagnostic algorithm, §7.2, S29 CamCOPS): at least
   * one of items 1–2 scored ≥ 2, and at least 5 of the 9 items positive, where items 1–8 count if
   * ≥ 2 and item 9 counts if ≥ 1.
   */
  PHQ9_MAJOR_DEPRESSIVE_SYNDROME(Instrument.PHQ9, "reference §7.2, S29"),
  /** GAD-7 total ≥ 10, the suggested threshold for further evaluation (§7.5, S30). */
  GAD7_FURTHER_EVALUATION(Instrument.GAD7, "reference §7.5, S30"),
  /** EPDS total ≥ 10, the cut-off used when higher sensitivity is wanted (§7.4, S32). */
  EPDS_HIGHER_SENSITIVITY_CUT_OFF(Instrument.EPDS, "reference §7.4, S32"),
  /** EPDS total ≥ 13: assess for possible depression (§7.4, S32). */
  EPDS_ASSESS_CUT_OFF(Instrument.EPDS, "reference §7.4, S32");

  /** The GAD-7 total from which further evaluation is suggested (§7.5). */
  public static final int GAD7_FURTHER_EVALUATION_TOTAL = 10;

  /** The EPDS total from which the higher-sensitivity cut-off is met (§7.4). */
  public static final int EPDS_HIGHER_SENSITIVITY_TOTAL = 10;

  /** The EPDS total from which the patient should be assessed for possible depression (§7.4). */
  public static final int EPDS_ASSESS_TOTAL = 13;

  private final Instrument instrument;
  private final String source;

  ScoreFlag(Instrument instrument, String source) {
    this.instrument = instrument;
    this.source = source;
  }

  /**
   * Returns the instrument this flag applies to.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns where the rule comes from.
   *
   * @return a citation, e.g. {@code "reference §7.4, S32"}
   */
  public String source() {
    return source;
  }
}
