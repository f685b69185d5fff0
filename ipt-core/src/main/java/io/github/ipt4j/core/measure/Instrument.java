package io.github.ipt4j.core.measure;

import io.github.ipt4j.core.InvalidValueException;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rating scales IPT uses to track symptoms (reference §7). Each constant knows its item count,
 * the range of each item, the range of the total, its self-harm ("risk") item and the terminology
 * codes the reference lists for it.
 *
 * <p>Only item numbers, ranges and scoring rules are held here; the wording of the instruments is
 * not shipped. The BDI-II is copyrighted by Pearson and needs a licence for use and electronic
 * delivery (§7.3); the EPDS is copyright of the Royal College of Psychiatrists (1987) and may be
 * republished only with permission (§7.4); HAM-D item anchors are not reproduced either. Obtaining
 * those rights is the host's responsibility.
 */
public enum Instrument {
  /**
   * Patient Health Questionnaire, 9 items, each 0–3, total 0–27; self-report, last 2 weeks
   * (§7.2). Risk item 9. The functional difficulty question is kept but not counted.
   */
  PHQ9("PHQ-9", 9, 3, 9, true, 2),
  /**
   * Generalized Anxiety Disorder scale, 7 items, each 0–3, total 0–21; self-report, last 2 weeks
   * (§7.5). No risk item; not a depression severity measure.
   */
  GAD7("GAD-7", 7, 3, 0, false, 0),
  /**
   * Hamilton Depression Rating Scale, 17-item, clinician-rated, about the past week; items 1, 2,
   * 3, 7, 8, 9, 10, 11 and 15 are scored 0–4, items 4, 5, 6, 12, 13, 14, 16 and 17 are scored 0–2;
   * total 0–52 (§7.1). Risk item 3.
   */
  HAMD17("HAM-D-17", 17, 4, 3, true, 3),
  /**
   * Edinburgh Postnatal Depression Scale, 10 items, each 0–3, total 0–30; self-report, past 7 days
   * (§7.4). Risk item 10. Copyright Royal College of Psychiatrists (1987).
   */
  EPDS("EPDS", 10, 3, 10, true, 1),
  /**
   * Beck Depression Inventory, 2nd edition, 21 items, each 0–3, total 0–63; self-report, last 2
   * weeks (§7.3). Risk item 9. Copyright Pearson; a licence is needed for use and electronic
   * delivery.
   */
  BDI2("BDI-II", 21, 3, 9, true, 1),
  /**
   * The weekly mood rating of IPT-A (§4.1 {@code MOOD_RATING}, §6, §7.7, S23): a single item, the
   * adolescent's mood on a plain scale from 1 to 10 (the reference's example scale, [C]). No
   * severity bands, no risk item, no terminology code; not a severity measure, so it is never used
   * to judge response, remission or readiness — it adds to, and does not replace, the validated
   * measures.
   */
  MOOD_RATING("IPT-A mood rating", 1, 10, 0, false, 0);

  /** HAM-D-17 items scored 0–2 (§7.1); every other HAM-D-17 item is scored 0–4. */
  private static final List<Integer> HAMD_ITEMS_0_TO_2 = List.of(4, 5, 6, 12, 13, 14, 16, 17);

  private final String displayName;
  private final int itemCount;
  private final int itemMax;
  private final int riskItem;
  private final boolean severityMeasure;
  private final int highPriorityRiskScore;

  Instrument(
      String displayName,
      int itemCount,
      int itemMax,
      int riskItem,
      boolean severityMeasure,
      int highPriorityRiskScore) {
    this.displayName = displayName;
    this.itemCount = itemCount;
    this.itemMax = itemMax;
    this.riskItem = riskItem;
    this.severityMeasure = severityMeasure;
    this.highPriorityRiskScore = highPriorityRiskScore;
  }

  /**
   * Returns the usual short name of the instrument.
   *
   * @return {@code "PHQ-9"}, {@code "GAD-7"}, {@code "HAM-D-17"}, {@code "EPDS"}, {@code
   *     "BDI-II"} or {@code "IPT-A mood rating"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the number of items that count towards the total (the PHQ-9 functional difficulty
   * question and the HAM-D items 18–21 are not counted).
   *
   * @return 9, 7, 17, 10, 21 or 1
   */
  public int itemCount() {
    return itemCount;
  }

  /**
   * Returns the highest score a given item can take. For HAM-D-17 this is 4 or 2 depending on the
   * item (§7.1); for the IPT-A mood rating 10; for every other instrument it is 3.
   *
   * @param item the item number, 1 to {@link #itemCount()}
   * @return the highest score of that item; the lowest is always 0
   * @throws InvalidValueException if the instrument has no such item
   */
  public int itemMax(int item) {
    if (item < 1 || item > itemCount) {
      throw new InvalidValueException(
          displayName + " has no item " + item + "; items are 1 to " + itemCount);
    }
    if (this == HAMD17 && HAMD_ITEMS_0_TO_2.contains(item)) {
      return 2;
    }
    return itemMax;
  }

  /**
   * Returns the lowest score a given item can take: 1 for the IPT-A mood rating (a 1–10 scale), 0
   * for every item of every other instrument.
   *
   * @param item the item number, 1 to {@link #itemCount()}
   * @return 0 or 1
   * @throws InvalidValueException if the instrument has no such item
   */
  public int itemMin(int item) {
    itemMax(item); // throws for an item the instrument does not have
    return this == MOOD_RATING ? 1 : 0;
  }

  /**
   * Returns the lowest possible total.
   *
   * @return 1 for the IPT-A mood rating, 0 for every other instrument
   */
  public int minTotal() {
    int sum = 0;
    for (int i = 1; i <= itemCount; i++) {
      sum += itemMin(i);
    }
    return sum;
  }

  /**
   * Returns the highest possible total.
   *
   * @return 27, 21, 52, 30, 63 or 10
   */
  public int maxTotal() {
    int sum = 0;
    for (int i = 1; i <= itemCount; i++) {
      sum += itemMax(i);
    }
    return sum;
  }

  /**
   * Returns the number of the item that asks about suicidal thoughts or self-harm and must be
   * evaluated every time the instrument is given, whatever the total (§7.7, §9.2).
   *
   * @return 9 for PHQ-9, 3 for HAM-D-17, 10 for EPDS, 9 for BDI-II, empty for GAD-7 and the
   *     mood rating
   */
  public OptionalInt riskItem() {
    return riskItem == 0 ? OptionalInt.empty() : OptionalInt.of(riskItem);
  }

  /**
   * Tells whether the instrument measures depression severity and so can be used to judge
   * response and remission of a depressive episode (§5.3).
   *
   * @return true for PHQ-9, HAM-D-17, EPDS and BDI-II; false for GAD-7 and the IPT-A mood rating
   */
  public boolean isSeverityMeasure() {
    return severityMeasure;
  }

  /**
   * Returns the risk-item score from which a positive answer is treated as high priority. This is
   * a default marked [C] in the reference, to be confirmed by a clinician:
   *
   * <ul>
   *   <li>PHQ-9 item 9 ≥ 2 ("more than half the days" or "nearly every day", §7.2);
   *   <li>HAM-D-17 item 3 ≥ 3 (§7.1);
   *   <li>EPDS item 10 and BDI-II item 9: the reference gives no graded rule, only that any
   *       endorsement needs further assessment (§7.3, §7.4), so every positive answer (≥ 1) is
   *       treated as high priority, safety first;
   *   <li>GAD-7 and the IPT-A mood rating: no risk item, empty.
   * </ul>
   *
   * <p>A host with a different local rule reads {@link Measurement#riskItemScore()} and applies
   * its own threshold.
   *
   * @return the default high-priority threshold, or empty for GAD-7 and the mood rating
   */
  public OptionalInt highPriorityRiskScore() {
    return highPriorityRiskScore == 0
        ? OptionalInt.empty()
        : OptionalInt.of(highPriorityRiskScore);
  }

  /**
   * Returns the terminology codes the reference lists for this instrument's total (§7.6). None is
   * invented: HAM-D-17 has none (§7.1), nor has the IPT-A mood rating (§7.7).
   *
   * @return the codes, possibly empty, never null; codes the reference says to verify have {@link
   *     Code#verify()} set
   */
  public List<Code> codes() {
    return switch (this) {
      case PHQ9 -> List.of(
          Code.loinc("44261-6", "PHQ-9 total score", false),
          Code.snomed("720433000", "PHQ-9 score (observable entity)", true));
      case GAD7 -> List.of(Code.loinc("70274-6", "GAD-7 total score", false));
      case EPDS -> List.of(
          Code.loinc("71354-5", "EPDS (form or panel level; level to verify)", true),
          Code.loinc("99046-5", "EPDS total score (level to verify)", true));
      case BDI2 -> List.of(Code.loinc("89209-1", "BDI-II total score", false));
      case HAMD17, MOOD_RATING -> List.of();
    };
  }
}
