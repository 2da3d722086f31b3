// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import java.util.Optional;

/**
 * The first rekey of the CHILD SA, where PFS mismatches show.
 *
 * @param notification the error the rekey ends with, when it fails
 */
public record ChildRekey(Result result, Optional<Notify> notification) {

  /** {@code NOT_APPLICABLE}: no CHILD SA was established, or neither end rekeys it. */
  public enum Result {
    OK,
    FAILED,
    NOT_APPLICABLE
  }

  public static ChildRekey notApplicable() {
    return new ChildRekey(Result.NOT_APPLICABLE, Optional.empty());
  }

  public static ChildRekey ok() {
    return new ChildRekey(Result.OK, Optional.empty());
  }

  public static ChildRekey failed(Notify notify) {
    return new ChildRekey(Result.FAILED, Optional.of(notify));
  }
}
