// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

/**
 * Why two ends disagree, one value per {@code peer-*} rule. A simulation names the class of each
 * disagreement it meets; the rules module maps each class to its rule.
 */
public enum FailureClass {
  /** One end does not load the connection. */
  LOAD_ERROR,
  /** IKE versions (or an IKEv1 policy) keep the responder from answering. */
  IKE_VERSION,
  /** No IKE proposal in common. */
  IKE_PROPOSAL,
  /** The initiator's first KE guess is refused: one extra round trip (INVALID_KE_PAYLOAD). */
  KE_RETRY,
  /** IDs do not match what the other end expects. */
  ID,
  /** The two ends use different pre-shared keys, or one finds none. */
  PSK,
  /** The ends expect different authentication methods. */
  AUTH_METHOD,
  /** A configuration payload is required but not requested, or no address can be served. */
  CP,
  /** Traffic selectors do not match. */
  TS,
  /** No ESP/AH proposal in common for the CHILD SA created in IKE_AUTH. */
  CHILD_PROPOSAL,
  /** Tunnel versus transport mode. */
  MODE,
  /** The CHILD SA comes up but its rekey (or recreation) fails: PFS groups disagree. */
  REKEY,
  /** Neither end starts the tunnel. */
  NO_INITIATOR
}
