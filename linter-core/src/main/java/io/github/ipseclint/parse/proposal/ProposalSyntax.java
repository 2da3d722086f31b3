// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.target.Implementation;

/** The three ways proposals are written (algorithms.md §1.1, §1.2). */
public enum ProposalSyntax {
  /** strongSwan ipsec.conf {@code ike=}, {@code esp=}, {@code ah=}: trailing {@code !}, defaults appended. */
  STRONGSWAN_IPSEC_CONF(Implementation.STRONGSWAN),
  /** swanctl.conf {@code proposals}, {@code esp_proposals}, {@code ah_proposals}: {@code default} items. */
  SWANCTL(Implementation.STRONGSWAN),
  /** Libreswan ipsec.conf {@code ike=}, {@code esp=}, {@code ah=}. */
  LIBRESWAN(Implementation.LIBRESWAN);

  private final Implementation implementation;

  ProposalSyntax(Implementation implementation) {
    this.implementation = implementation;
  }

  public Implementation implementation() {
    return implementation;
  }
}
