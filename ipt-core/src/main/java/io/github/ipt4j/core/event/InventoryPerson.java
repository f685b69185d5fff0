package io.github.ipt4j.core.event;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.internal.Checks;

/**
 * One person in the interpersonal inventory (§2.2, §10.1), referred to by role and a host id —
 * never by name. Expectations and desired change are recorded as facts the rules can use; any
 * narrative stays in the host's own record.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the host's identifier of the person, not null
 * @param role the person's relationship to the patient, not null
 * @param closenessRing the closeness circle ring, 1 (closest) to 3 (§10.1)
 * @param contact how often they are in contact, not null
 * @param support how much support the person gives, not null
 * @param confiding whether the patient confides in the person
 * @param conflict how much conflict there is, not null
 * @param nonReciprocalExpectations whether the two have non-reciprocal expectations (§3.2)
 * @param desiredChange whether the patient wants the relationship to change
 * @param changedNearOnset whether the relationship changed close to symptom onset (§2.2)
 * @param deceased whether the person has died
 */
public record InventoryPerson(
    HostId id,
    RelationshipRole role,
    int closenessRing,
    ContactFrequency contact,
    Level support,
    boolean confiding,
    Level conflict,
    boolean nonReciprocalExpectations,
    boolean desiredChange,
    boolean changedNearOnset,
    boolean deceased) {

  /** The closest ring of the closeness circle. */
  public static final int INNER_RING = 1;

  /** The outermost ring of the closeness circle. */
  public static final int OUTER_RING = 3;

  /**
   * Creates an inventory entry.
   *
   * @param id the host's identifier of the person, not null
   * @param role the person's relationship to the patient, not null
   * @param closenessRing the closeness circle ring, 1 (closest) to 3 (§10.1)
   * @param contact how often they are in contact, not null
   * @param support how much support the person gives, not null
   * @param confiding whether the patient confides in the person
   * @param conflict how much conflict there is, not null
   * @param nonReciprocalExpectations whether the two have non-reciprocal expectations (§3.2)
   * @param desiredChange whether the patient wants the relationship to change
   * @param changedNearOnset whether the relationship changed close to symptom onset (§2.2)
   * @param deceased whether the person has died
   * @throws io.github.ipt4j.core.InvalidValueException if an argument is null or {@code
   *     closenessRing} is not 1 to 3
   */
  public InventoryPerson {
    Checks.notNull(id, "id");
    Checks.notNull(role, "role");
    Checks.range(closenessRing, INNER_RING, OUTER_RING, "closenessRing");
    Checks.notNull(contact, "contact");
    Checks.notNull(support, "support");
    Checks.notNull(conflict, "conflict");
  }
}
