// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.Optional;

/**
 * A responder's choice: one transform per type (a type with {@code NONE} chosen is left out, except
 * ESN), and which received and configured proposal it came from (0-based).
 *
 * @param suite the selected transforms; its span is the configured proposal's
 */
public record ProposalMatch(Proposal suite, int receivedIndex, int configuredIndex) {

  /** The selected transform of a type; empty when none (or NONE) was selected. */
  public Optional<Transform> transform(TransformType type) {
    return suite.of(type).stream().findFirst();
  }
}
