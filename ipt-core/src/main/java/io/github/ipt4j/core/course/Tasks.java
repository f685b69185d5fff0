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
 * @param done the tasks completed, unmodifiable
 * @param log every task completion in order (a persistent list)
 */
record Tasks(Set<Task> done, AppendList<TaskRecord> log) {

  static final Tasks NONE =
      new Tasks(Collections.unmodifiableSet(EnumSet.noneOf(Task.class)), AppendList.empty());

  boolean isDone(Task task) {
    return done.contains(task);
  }

  /** A task completed: added to the set (copied, it is small) and appended to the log. */
  Tasks completed(Task task, LocalDate date, Phase phase, OptionalInt sessionNumber) {
    Set<Task> next = done;
    if (!done.contains(task)) {
      EnumSet<Task> copy = EnumSet.noneOf(Task.class);
      copy.addAll(done);
      copy.add(task);
      next = Collections.unmodifiableSet(copy);
    }
    return new Tasks(next, log.append(new TaskRecord(task, date, phase, sessionNumber)));
  }
}
