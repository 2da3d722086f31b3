// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.List;
import java.util.Optional;

/**
 * How one CREATE_CHILD_SA exchange ends, with the lines each end logs.
 *
 * @param notification the error it ends with; empty on success and for a failure the initiator
 *     decides alone (strongSwan 5.9 refusing Libreswan's empty KE payload)
 * @param established the new CHILD SA on success
 * @param invalidKeRounds INVALID_KE_PAYLOAD rounds before the end
 * @param keMethod the PFS method of the new SA; empty without PFS or on failure
 * @param explanation on failure, what the two ends disagree on (one clause, no secret)
 */
record CreateChildResult(
    LifecycleEnd initiator,
    CreateChildPurpose purpose,
    Ending ending,
    Optional<Notify> notification,
    Optional<ChildSa> established,
    int invalidKeRounds,
    Optional<Transform> keMethod,
    List<LogLine> initiatorLines,
    List<LogLine> responderLines,
    String explanation) {

  /** What the exchange leaves behind. */
  enum Ending {
    ESTABLISHED,
    /** The CHILD SA is refused; the IKE SA stays. */
    REFUSED,
    /** The initiator deletes the whole IKE SA (INVALID_SYNTAX from Libreswan 4.x). */
    IKE_SA_DESTROYED
  }

  CreateChildResult {
    initiatorLines = List.copyOf(initiatorLines);
    responderLines = List.copyOf(responderLines);
  }

  boolean succeeded() {
    return ending == Ending.ESTABLISHED;
  }

  /** {@code with PFS ECP_256}, {@code without PFS}, plus the INVALID_KE rounds it took. */
  String describeSuccess() {
    String pfs = keMethod.map(method -> "with PFS " + method.canonicalName()).orElse("without PFS");
    return invalidKeRounds == 0 ? pfs : pfs + " after " + (invalidKeRounds == 1 ? "one INVALID_KE round" : invalidKeRounds + " INVALID_KE rounds");
  }
}
