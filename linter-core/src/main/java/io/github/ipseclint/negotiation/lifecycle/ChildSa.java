// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.Optional;

/**
 * An installed CHILD SA as far as its next CREATE_CHILD_SA depends on it.
 *
 * @param suite the accepted ESP/AH suite; without a KE method for the SA made in IKE_AUTH (§7.1)
 * @param ikeGroup the IKE SA's key exchange method, which Libreswan uses for PFS (§7.2)
 * @param number strongSwan's unique id of the SA ({@code net{1}}), or {@link #UNKNOWN_NUMBER}
 */
record ChildSa(Proposal suite, Optional<Transform> ikeGroup, int number) {
  /** The id of an SA created after retries, each of which took an id of its own. */
  static final int UNKNOWN_NUMBER = 0;

  /** The key exchange method the SA was negotiated with, if any. */
  Optional<Transform> keMethod() {
    return suite.of(TransformType.KE).stream().filter(ke -> !ke.algorithm().isNone()).findFirst();
  }
}
