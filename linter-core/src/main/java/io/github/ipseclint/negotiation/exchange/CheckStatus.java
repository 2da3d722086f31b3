// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.exchange;

/** What a check of the decision procedure says about the rest of the exchange (negotiation.md §14.1). */
public enum CheckStatus {
  /** Go on with the next check (also after an extra round trip the check has recorded). */
  CONTINUE,
  /** No IKE SA: the direction ends with NO_IKE_SA. */
  STOP_IKE,
  /** The IKE SA is up but there is no CHILD SA: the direction ends with IKE_ONLY. */
  STOP_CHILD
}
