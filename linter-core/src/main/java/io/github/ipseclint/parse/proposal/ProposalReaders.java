// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

/** Picks the reader of a proposal syntax. */
public final class ProposalReaders {
  private static final ProposalReader STRONGSWAN = new StrongswanProposalReader();
  private static final ProposalReader LIBRESWAN = new LibreswanProposalReader();

  private ProposalReaders() {}

  public static ProposalReader of(ProposalSyntax syntax) {
    return syntax == ProposalSyntax.LIBRESWAN ? LIBRESWAN : STRONGSWAN;
  }
}
