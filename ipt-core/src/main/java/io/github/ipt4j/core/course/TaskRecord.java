package io.github.ipt4j.core.course;

import io.github.ipt4j.core.protocol.Phase;
import io.github.ipt4j.core.protocol.Task;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A completed task as recorded (§8.3: tasks completed, with a timestamp per task).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param task the task
 * @param date when it was done
 * @param phase the course's phase at the time
 * @param sessionNumber the session it belongs to (the last session held), if any
 */
public record TaskRecord(Task task, LocalDate date, Phase phase, OptionalInt sessionNumber) {}
