package io.github.ipt4j.core.course;

import io.github.ipt4j.core.internal.AppendList;

/**
 * The measures of a course (§7): every measure recorded, in order, with the phase and session it
 * was recorded in. Immutable; internal to the course package.
 *
 * @param recorded the measures (a persistent list)
 */
record Measures(AppendList<RecordedMeasure> recorded) {

  static final Measures NONE = new Measures(AppendList.empty());

  Measures plus(RecordedMeasure measure) {
    return new Measures(recorded.append(measure));
  }
}
