// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import java.util.List;
import java.util.Optional;

/**
 * Which PRF an integrity algorithm implies and back: strongSwan derives IKE PRFs from INTEG
 * ({@code auth_to_prf()} in proposal.c), Libreswan derives IKE INTEG from PRFs (algorithms.md
 * §1.1 rule 4, §1.2 rule 3). The first pair of a PRF is the INTEG Libreswan derives from it.
 */
final class IntegPrfPairs {
  private record Pair(String integ, String prf) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("AUTH_HMAC_SHA2_256_128", "PRF_HMAC_SHA2_256"),
      new Pair("AUTH_HMAC_SHA2_384_192", "PRF_HMAC_SHA2_384"),
      new Pair("AUTH_HMAC_SHA2_512_256", "PRF_HMAC_SHA2_512"),
      new Pair("AUTH_HMAC_SHA1_96", "PRF_HMAC_SHA1"),
      new Pair("AUTH_HMAC_MD5_96", "PRF_HMAC_MD5"),
      new Pair("AUTH_AES_XCBC_96", "PRF_AES128_XCBC"),
      new Pair("AUTH_AES_CMAC_96", "PRF_AES128_CMAC"),
      new Pair("HMAC_SHA2_256_96", "PRF_HMAC_SHA2_256"),
      new Pair("AUTH_HMAC_SHA1_160", "PRF_HMAC_SHA1"),
      new Pair("AUTH_HMAC_MD5_128", "PRF_HMAC_MD5"),
      new Pair("CAMELLIA_XCBC_96", "PRF_CAMELLIA128_XCBC"));

  private IntegPrfPairs() {}

  /** The PRF strongSwan derives from an integrity algorithm; empty for GMAC. */
  static Optional<String> prfOf(String integ) {
    return PAIRS.stream().filter(p -> p.integ.equals(integ)).map(Pair::prf).findFirst();
  }

  /** The integrity algorithm Libreswan uses with a PRF. */
  static Optional<String> integOf(String prf) {
    return PAIRS.stream().filter(p -> p.prf.equals(prf)).map(Pair::integ).findFirst();
  }
}
