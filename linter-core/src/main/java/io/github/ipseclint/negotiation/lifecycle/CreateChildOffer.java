// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.List;
import java.util.Optional;

/**
 * What a CREATE_CHILD_SA initiator sends: its proposals in wire order and the method of its KE
 * payload (empty: no KE payload, no PFS).
 */
record CreateChildOffer(List<Proposal> proposals, Optional<Transform> kei) {

  CreateChildOffer {
    proposals = List.copyOf(proposals);
  }
}
