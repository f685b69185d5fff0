package io.github.ipt4j.core.course;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.event.FocusArea;
import io.github.ipt4j.core.event.InventoryPerson;
import io.github.ipt4j.core.internal.AppendList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The focus of a course (§3): the interpersonal inventory, the candidate problem areas, the
 * formulation, the current focus and its history. Immutable; internal to the course package.
 *
 * @param inventory the interpersonal inventory by host id, in the order persons were added,
 *     unmodifiable
 * @param candidates the candidate problem areas, in the order first identified, unmodifiable
 * @param formulation the latest formulation
 * @param focus the current focus, primary first, unmodifiable
 * @param history every focus change (a persistent list)
 */
record FocusState(
    Map<HostId, InventoryPerson> inventory,
    List<Candidate> candidates,
    Optional<Formulation> formulation,
    List<FocusArea> focus,
    AppendList<FocusRecord> history) {

  static final FocusState NONE =
      new FocusState(Map.of(), List.of(), Optional.empty(), List.of(), AppendList.empty());

  /** A person added to or updated in the inventory (§2.4), keeping the order of addition. */
  FocusState person(InventoryPerson person) {
    Map<HostId, InventoryPerson> next = new LinkedHashMap<>(inventory);
    next.put(person.id(), person);
    return new FocusState(Collections.unmodifiableMap(next), candidates, formulation, focus, history);
  }

  /** A candidate area identified; a second identification of an area replaces the first. */
  FocusState candidate(Candidate candidate) {
    List<Candidate> next = new ArrayList<>(candidates.size() + 1);
    for (Candidate c : candidates) {
      if (c.area() != candidate.area()) {
        next.add(c);
      }
    }
    next.add(candidate);
    return new FocusState(inventory, List.copyOf(next), formulation, focus, history);
  }

  /** A formulation proposed, accepted or rejected; the focus is unchanged. */
  FocusState formulation(Formulation f) {
    return new FocusState(inventory, candidates, Optional.of(f), focus, history);
  }

  /** A new focus, recorded in the focus history. */
  FocusState focused(List<FocusArea> areas, FocusRecord record) {
    return new FocusState(inventory, candidates, formulation, List.copyOf(areas), history.append(record));
  }

  /** The pending formulation, if one is proposed and not yet decided. */
  Optional<Formulation> pending() {
    return formulation.filter(f -> f.status() == FormulationStatus.PROPOSED);
  }

  /** The index of the last role-dispute area of the focus, or -1. */
  int disputeIndex() {
    int at = -1;
    for (int i = 0; i < focus.size(); i++) {
      if (focus.get(i).area() == io.github.ipt4j.core.protocol.ProblemArea.ROLE_DISPUTE) {
        at = i;
      }
    }
    return at;
  }
}
