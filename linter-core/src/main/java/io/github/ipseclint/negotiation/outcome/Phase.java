// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

/**
 * Where in the life of a tunnel a direction fails, in IKEv2 terms. IKEv1 maps Main or Aggressive
 * Mode onto IKE_SA_INIT (proposal, key exchange) and IKE_AUTH (identities, authentication), and
 * Quick Mode onto IKE_AUTH for the first IPsec SA and CREATE_CHILD_SA for later ones;
 * {@link DirectionOutcome#exchange()} names the real exchange.
 */
public enum Phase {
  IKE_SA_INIT,
  IKE_AUTH,
  CREATE_CHILD_SA
}
