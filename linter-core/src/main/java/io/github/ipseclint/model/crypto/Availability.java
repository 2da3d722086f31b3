// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.target.Version;
import java.util.Optional;

/** The releases of one implementation that accept a keyword. */
public record Availability(
    Optional<Version> since, Optional<Version> removedIn, Optional<Version> notBuiltByDefaultSince) {

  public static final Availability ALWAYS =
      new Availability(Optional.empty(), Optional.empty(), Optional.empty());

  public AvailabilityVerdict in(Version version) {
    if (since.isPresent() && version.isBefore(since.get())) {
      return AvailabilityVerdict.NOT_YET;
    }
    if (removedIn.isPresent() && version.isAtLeast(removedIn.get())) {
      return AvailabilityVerdict.REMOVED;
    }
    if (notBuiltByDefaultSince.isPresent() && version.isAtLeast(notBuiltByDefaultSince.get())) {
      return AvailabilityVerdict.NOT_BUILT_BY_DEFAULT;
    }
    return AvailabilityVerdict.AVAILABLE;
  }

  /** The release range in words, for messages ("since 6.0.0", "removed in 4.0.0"). */
  public String describe() {
    StringBuilder text = new StringBuilder();
    since.ifPresent(version -> text.append("since ").append(version));
    removedIn.ifPresent(version -> text.append(text.length() > 0 ? ", " : "")
        .append("removed in ").append(version));
    notBuiltByDefaultSince.ifPresent(version -> text.append(text.length() > 0 ? ", " : "")
        .append("not built by default since ").append(version));
    return text.length() == 0 ? "in every release" : text.toString();
  }
}
