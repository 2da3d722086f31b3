// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;

/**
 * The default profile: {@link Rfc8247Ratings}, with 3DES (Sweet32; NIST disallowed it after 2023)
 * and SHA-1 integrity and PRF (NIST retires SHA-1, BSI TR-02102-3 withdrew HMAC-SHA-1 in 2020-01)
 * raised to WARNING, the algorithms operators are told to refuse. MD5 and DH groups 1, 2, 5 and
 * 22-24 are already at least WARNING under RFC 8247.
 */
final class BaselineRatings extends Rfc8247Ratings {

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    Verdict rfc = super.rate(transform, proposal, year);
    String name = transform.ianaName();
    if (name.equals("ENCR_3DES")) {
      return rfc.worst(Verdict.of(Rating.WARNING, "64-bit block cipher (Sweet32), disallowed by NIST after 2023"));
    }
    if (SHA1.contains(name)) {
      return rfc.worst(Verdict.of(Rating.WARNING, "SHA-1, retired by NIST and BSI"));
    }
    return rfc;
  }
}
