// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** Why a proposal is in a connection's list. */
public enum ProposalOrigin {
  /** Written in the option. */
  CONFIGURED,
  /** A daemon default standing for an omitted option or a swanctl {@code default} item. */
  DEFAULT,
  /** A default the stroke backend appends to a non-strict ipsec.conf list (no trailing {@code !}). */
  APPENDED_DEFAULT
}
