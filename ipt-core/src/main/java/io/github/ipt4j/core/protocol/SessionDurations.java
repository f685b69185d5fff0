package io.github.ipt4j.core.protocol;

import io.github.ipt4j.core.event.SessionHeld;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The session lengths a protocol expects, in minutes (§6, §8.3, §10.1): one range for the first
 * session held in a course and one for every later session, because some formats plan a longer
 * first session (IPC: the first at most 30 minutes, later ones shorter, §6, S21). Fidelity reports
 * a held session whose recorded length lies far outside its range ({@code IPT-FID-010}, with the
 * tolerance of {@code FidelitySettings#durationTolerancePercent()}).
 *
 * <p>A minimum of 1 means the protocol states no lower bound. Every bound lies between 1 and
 * {@link SessionHeld#MAX_DURATION_MINUTES}, and each minimum is at most its maximum; otherwise the
 * constructor throws {@link InvalidProtocolException} with {@code IPT-PROTOCOL-010}.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @param firstMinMinutes the shortest expected first session
 * @param firstMaxMinutes the longest expected first session
 * @param laterMinMinutes the shortest expected later session
 * @param laterMaxMinutes the longest expected later session
 */
public record SessionDurations(
    int firstMinMinutes, int firstMaxMinutes, int laterMinMinutes, int laterMaxMinutes) {

  /**
   * Creates the expected durations.
   *
   * @param firstMinMinutes the shortest expected first session, 1 or more
   * @param firstMaxMinutes the longest expected first session, at least {@code firstMinMinutes}
   * @param laterMinMinutes the shortest expected later session, 1 or more
   * @param laterMaxMinutes the longest expected later session, at least {@code laterMinMinutes}
   * @throws InvalidProtocolException naming {@code IPT-PROTOCOL-010} if a bound is out of range or
   *     a minimum exceeds its maximum
   */
  public SessionDurations {
    List<Violation> out = new ArrayList<>();
    check("first", firstMinMinutes, firstMaxMinutes, out);
    check("later", laterMinMinutes, laterMaxMinutes, out);
    if (!out.isEmpty()) {
      throw new InvalidProtocolException(out);
    }
  }

  /**
   * Returns durations with one range for every session.
   *
   * @param minMinutes the shortest expected session, 1 or more
   * @param maxMinutes the longest expected session, at least {@code minMinutes}
   * @return the durations
   * @throws InvalidProtocolException naming {@code IPT-PROTOCOL-010} if a bound is out of range
   */
  public static SessionDurations every(int minMinutes, int maxMinutes) {
    return new SessionDurations(minMinutes, maxMinutes, minMinutes, maxMinutes);
  }

  /**
   * Returns the shortest expected length of a session.
   *
   * @param first whether it is the first session held in the course
   * @return minutes, 1 or more
   */
  public int minMinutes(boolean first) {
    return first ? firstMinMinutes : laterMinMinutes;
  }

  /**
   * Returns the longest expected length of a session.
   *
   * @param first whether it is the first session held in the course
   * @return minutes
   */
  public int maxMinutes(boolean first) {
    return first ? firstMaxMinutes : laterMaxMinutes;
  }

  private static void check(String which, int min, int max, List<Violation> out) {
    int limit = SessionHeld.MAX_DURATION_MINUTES;
    if (min < 1 || max > limit || min > max) {
      out.add(
          Violation.of(
              Rule.PROTOCOL_SESSION_DURATIONS,
              which + " session: minimum " + min + ", maximum " + max + " (bounds 1 to " + limit
                  + ")"));
    }
  }
}
