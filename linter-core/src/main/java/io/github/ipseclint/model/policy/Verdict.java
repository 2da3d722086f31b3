// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import java.util.Objects;

/**
 * A rating with the guidance behind it, worded for a message ("RFC 8221: SHOULD NOT for ESP").
 */
public record Verdict(Rating rating, String reason) {
  public static final Verdict OK = new Verdict(Rating.OK, "");

  public Verdict {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(reason, "reason");
  }

  public static Verdict of(Rating rating, String reason) {
    return new Verdict(rating, reason);
  }

  /** The worse of the two; on a tie this one. */
  public Verdict worst(Verdict other) {
    return other.rating.compareTo(rating) > 0 ? other : this;
  }

  public boolean isFinding() {
    return rating.isFinding();
  }
}
