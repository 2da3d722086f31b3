// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.Side;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which end rekeys the CHILD SA first (negotiation.md §12.1, §14.2 C13 step 1): the one whose
 * window opens first, or either when the two windows overlap. An end whose timer cannot fire
 * before the SA is deleted never rekeys it.
 */
record RekeyOrder(LifecycleEnd left, LifecycleEnd right) {

  /** The SA dies at the earlier of the two hard times: that end deletes it and tells the other. */
  Optional<Duration> deletion() {
    return Stream.of(left, right).flatMap(end -> end.childTimers().hardExpiry().stream()).min(Comparator.naturalOrder());
  }

  /** One entry per possible order; an empty entry when no end rekeys before the SA is deleted. */
  List<Optional<Side>> firstRekeyers() {
    Optional<Duration> deletion = deletion();
    List<Timed> rekeyers = Stream.of(left, right)
        .flatMap(end -> end.childTimers().rekey().map(window -> new Timed(end.side(), window)).stream())
        .filter(timed -> deletion.map(timed.window()::canFireBefore).orElse(true))
        .sorted(Comparator.comparing((Timed timed) -> timed.window().earliest()))
        .toList();
    if (rekeyers.isEmpty()) {
      return List.of(Optional.empty());
    }
    Timed first = rekeyers.get(0);
    if (rekeyers.size() == 2 && first.window().overlaps(rekeyers.get(1).window())) {
      return List.of(Optional.of(first.side()), Optional.of(rekeyers.get(1).side()));
    }
    return List.of(Optional.of(first.side()));
  }

  private record Timed(Side side, TimeWindow window) {}
}
