// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

/** The error notifications a simulated exchange can end with (IKEv2 and ISAKMP names). */
public enum Notify {
  NO_PROPOSAL_CHOSEN("NO_PROP"),
  INVALID_KE_PAYLOAD("INVAL_KE"),
  AUTHENTICATION_FAILED("AUTH_FAILED"),
  TS_UNACCEPTABLE("TS_UNACCEPT"),
  FAILED_CP_REQUIRED("FAIL_CP_REQ"),
  INTERNAL_ADDRESS_FAILURE("INT_ADDR_FAIL"),
  TEMPORARY_FAILURE("TEMP_FAIL"),
  INVALID_SYNTAX("INVAL_SYN"),
  /** Libreswan {@code ikev1-policy=reject} answers an IKEv1 packet with this. */
  INVALID_MAJOR_VERSION("INVAL_MAJOR"),
  /** IKEv1 Quick Mode: no connection for the proposed IDs. */
  INVALID_ID_INFORMATION("INVAL_ID"),
  /** IKEv1: a message that does not decrypt (a PSK mismatch in Main Mode). */
  PAYLOAD_MALFORMED("PLD_MAL");

  private final String shortName;

  Notify(String shortName) {
    this.shortName = shortName;
  }

  /** The abbreviation strongSwan prints in message summaries ({@code N(NO_PROP)}). */
  public String shortName() {
    return shortName;
  }
}
