// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

/** The outcome of one direction of a tunnel (negotiation.md §14.3), worst last. */
public enum Verdict {
  /** The CHILD SA is established and every rekey succeeds. */
  STABLE,
  /** The first rekey fails; the SA expires and is recreated: one short outage, then stable. */
  RECOVERS_AFTER_EXPIRY,
  /** Periodic reauthentication brings the CHILD SA back after each failed rekey. */
  PERIODIC_OUTAGE,
  /** Rekey and recreation fail (or the rekey destroys the IKE SA): down until a new IKE_AUTH. */
  DOWN_UNTIL_NEW_IKE_AUTH,
  /** The IKE SA is established but the first CHILD SA is refused or deleted. */
  IKE_ONLY,
  /** IKE_SA_INIT or IKE_AUTH fails; nothing is installed. */
  NO_IKE_SA,
  /** One side does not load the connection. */
  LOAD_ERROR;

  /** True when traffic never flows, or stops for good at some point. */
  public boolean isFailure() {
    return this != STABLE;
  }
}
