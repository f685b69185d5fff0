package io.github.ipt4j.core.decision;

import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.RecordedMeasure;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.OutcomeCategory;
import io.github.ipt4j.core.measure.OutcomeClassification;
import io.github.ipt4j.core.measure.ThresholdSet;
import io.github.ipt4j.core.protocol.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a course so far under a threshold set: the one rule for the baseline and the
 * classified instrument that readiness, the agenda and the recommender share. Package-private; a
 * pure function of the course.
 *
 * <p>Baseline rule, per instrument: the episode's baseline if the host passed one, else the first
 * measure of the instrument recorded in the initial phase, else in pre-treatment, else the first
 * recorded. Classified instrument: the first, in order, of the set's jointly required instruments
 * and then its other instruments (each in {@link Instrument} order) that has a baseline and a
 * later measure; if the set can classify none, {@link ThresholdSet#DEFAULT} is tried the same way
 * (a documented default). With a joint set, remission counts only when every jointly required
 * instrument remits; otherwise a remission on the classified instrument is reported as the next
 * category that applies (response, partial response, non-response).
 */
final class Outcomes {
  /** A baseline measure, its position in the course's measures (-1 for an episode) and source. */
  record Baseline(RecordedMeasure measure, int index, BaselineSource source) {}

  /** One instrument's series: the baseline and the later measures. */
  record Series(Instrument instrument, Baseline baseline, List<RecordedMeasure> later) {
    List<Measurement> laterMeasurements() {
      List<Measurement> out = new ArrayList<>(later.size());
      for (RecordedMeasure m : later) {
        out.add(m.measurement());
      }
      return out;
    }
  }

  final ThresholdSet used;
  final boolean fellBack;
  final List<InstrumentJudgement> instruments;
  final Optional<OutcomeClassification> primary;
  final Optional<OutcomeCategory> category;
  /** With a joint set: empty if some joint instrument was not measured, else whether all remit. */
  final Optional<Boolean> jointRemission;
  final List<Instrument> jointUnmeasured;

  private Outcomes(
      ThresholdSet used,
      boolean fellBack,
      List<InstrumentJudgement> instruments,
      Optional<OutcomeClassification> primary,
      Optional<OutcomeCategory> category,
      Optional<Boolean> jointRemission,
      List<Instrument> jointUnmeasured) {
    this.used = used;
    this.fellBack = fellBack;
    this.instruments = List.copyOf(instruments);
    this.primary = primary;
    this.category = category;
    this.jointRemission = jointRemission;
    this.jointUnmeasured = List.copyOf(jointUnmeasured);
  }

  /** The baseline of one instrument by the documented rule, from a course's measures. */
  static Optional<Baseline> baselineOf(List<RecordedMeasure> measures, Instrument instrument) {
    int preTreatment = -1;
    int first = -1;
    for (int i = 0; i < measures.size(); i++) {
      RecordedMeasure m = measures.get(i);
      if (m.measurement().instrument() != instrument) {
        continue;
      }
      if (m.phase() == Phase.INITIAL) {
        return Optional.of(new Baseline(m, i, BaselineSource.INITIAL_PHASE));
      }
      if (m.phase() == Phase.PRE_TREATMENT && preTreatment < 0) {
        preTreatment = i;
      }
      if (first < 0) {
        first = i;
      }
    }
    if (preTreatment >= 0) {
      return Optional.of(
          new Baseline(measures.get(preTreatment), preTreatment, BaselineSource.PRE_TREATMENT));
    }
    if (first >= 0) {
      return Optional.of(new Baseline(measures.get(first), first, BaselineSource.FIRST_RECORDED));
    }
    return Optional.empty();
  }

  static Optional<Series> series(
      Course course, Instrument instrument, Optional<EpisodeBaseline> episode) {
    List<RecordedMeasure> measures = course.measures();
    Optional<RecordedMeasure> fromEpisode = episode.flatMap(e -> e.measureOf(instrument));
    Optional<Baseline> baseline =
        fromEpisode.isPresent()
            ? Optional.of(new Baseline(fromEpisode.get(), -1, BaselineSource.EPISODE))
            : baselineOf(measures, instrument);
    if (baseline.isEmpty()) {
      return Optional.empty();
    }
    List<RecordedMeasure> later = new ArrayList<>();
    for (int i = baseline.get().index() + 1; i < measures.size(); i++) {
      if (measures.get(i).measurement().instrument() == instrument) {
        later.add(measures.get(i));
      }
    }
    return Optional.of(new Series(instrument, baseline.get(), later));
  }

  /** The instruments a set judges, jointly required first, each group in enum order. */
  static List<Instrument> order(ThresholdSet set) {
    List<Instrument> out = new ArrayList<>();
    for (Instrument i : Instrument.values()) {
      if (set.jointRemission().contains(i)) {
        out.add(i);
      }
    }
    for (Instrument i : Instrument.values()) {
      if (!out.contains(i) && set.remissionThreshold(i).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  static Outcomes judge(Course course, ThresholdSet set, Optional<EpisodeBaseline> episode) {
    Outcomes first = judgeWith(course, set, episode, false);
    // DEFAULT classifies whatever the first attempt could not: falling back to it again finds
    // nothing new, so the first result stands.
    if (first.primary.isPresent()) {
      return first;
    }
    Outcomes fallback = judgeWith(course, ThresholdSet.DEFAULT, episode, true);
    return fallback.primary.isPresent() ? fallback : first;
  }

  private static Outcomes judgeWith(
      Course course, ThresholdSet set, Optional<EpisodeBaseline> episode, boolean fellBack) {
    List<Series> judged = new ArrayList<>();
    List<Instrument> jointUnmeasured = new ArrayList<>();
    for (Instrument i : order(set)) {
      Optional<Series> s = series(course, i, episode);
      if (s.isPresent() && !s.get().later().isEmpty()) {
        judged.add(s.get());
      } else if (set.jointRemission().contains(i)) {
        jointUnmeasured.add(i);
      }
    }
    if (judged.isEmpty()) {
      return new Outcomes(
          set, fellBack, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
          jointUnmeasured);
    }
    // The first judged instrument is classified for the outcome; the others only when the set
    // requires them jointly for remission.
    List<InstrumentJudgement> out = new ArrayList<>();
    OutcomeClassification primary = classify(set, judged.get(0));
    out.add(judgement(set, judged.get(0), primary));
    for (Series s : judged.subList(1, judged.size())) {
      if (set.jointRemission().contains(s.instrument())) {
        out.add(judgement(set, s, classify(set, s)));
      }
    }
    boolean jointFailed = out.stream().anyMatch(j -> j.jointlyRequired() && !j.remission());
    Optional<Boolean> jointRemission = Optional.empty();
    OutcomeCategory category = primary.category();
    if (set.requiresJointRemission()) {
      if (jointFailed) {
        jointRemission = Optional.of(false);
      } else if (jointUnmeasured.isEmpty()) {
        jointRemission = Optional.of(true);
      }
      if (category == OutcomeCategory.REMISSION && !jointRemission.orElse(false)) {
        category =
            primary.response()
                ? OutcomeCategory.RESPONSE
                : primary.partialResponse()
                    ? OutcomeCategory.PARTIAL_RESPONSE
                    : OutcomeCategory.NON_RESPONSE;
      }
    }
    return new Outcomes(
        set,
        fellBack,
        out,
        Optional.of(primary),
        Optional.of(category),
        jointRemission,
        jointUnmeasured);
  }

  private static OutcomeClassification classify(ThresholdSet set, Series s) {
    return OutcomeClassification.classify(
        set, s.baseline().measure().measurement(), s.laterMeasurements());
  }

  private static InstrumentJudgement judgement(
      ThresholdSet set, Series s, OutcomeClassification c) {
    RecordedMeasure latest = s.later().get(s.later().size() - 1);
    return new InstrumentJudgement(
        s.instrument(),
        s.baseline().source(),
        point(s.baseline().measure()),
        point(latest),
        c.remissionThreshold(),
        c.remission(),
        c.response(),
        set.jointRemission().contains(s.instrument()));
  }

  static JudgedMeasure point(RecordedMeasure m) {
    return new JudgedMeasure(m.measurement().total(), m.date(), m.sessionNumber());
  }

  /** Not improving: the outcome so far is non-response or worsening. */
  Optional<OutcomeCategory> notImproving() {
    return category.filter(
        c -> c == OutcomeCategory.NON_RESPONSE || c == OutcomeCategory.WORSENING);
  }
}
