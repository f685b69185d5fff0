package io.github.ipt4j.core.course;

import io.github.ipt4j.core.internal.AppendList;
import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The tasks of a course (§2.4): the set done so far and the log of every completion. Immutable;
 * internal to the course package.
 *
 * @param done the tasks completed, unmodifiable: a view of {@code doneSet}
 * @param log every task completion in order (a persistent list)
 * @param doneSet the same tasks, never modified once the value is built: copied by {@link
 *     EnumSet#clone()} (a bit mask), not element by element through the view (#12)
 */
record Tasks(Set<Task> done, AppendList<TaskRecord> log, EnumSet<Task> doneSet) {

  static final Tasks NONE = of(EnumSet.noneOf(Task.class), AppendList.empty());

  private static Tasks of(EnumSet<Task> doneSet, AppendList<TaskRecord> log) {
    return new Tasks(Collections.unmodifiableSet(doneSet), log, doneSet);
  }

  boolean isDone(Task task) {
    return doneSet.contains(task);
  }

  /** A task completed: added to the set (copied, it is small) and appended to the log. */
  Tasks completed(Task task, LocalDate date, Phase phase, OptionalInt sessionNumber) {
    EnumSet<Task> copy = doneSet.clone();
    copy.add(task);
    return of(copy, log.append(new TaskRecord(task, date, phase, sessionNumber)));
  }
}
