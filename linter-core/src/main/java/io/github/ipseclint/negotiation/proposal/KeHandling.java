// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

/** Whether key exchange transforms take part in a proposal match. */
public enum KeHandling {
  /** IKE_SA_INIT, CHILD rekeys and new CHILD SAs: KE methods must match. */
  WITH_KE,
  /**
   * The CHILD SA created in IKE_AUTH never does a key exchange (negotiation.md §7.1): KE methods
   * are ignored on both sides.
   */
  SKIP_KE
}
