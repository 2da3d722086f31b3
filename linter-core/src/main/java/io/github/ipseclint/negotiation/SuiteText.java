// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.stream.Collectors;

/**
 * A selected suite as strongSwan's {@code selected proposal:} line writes it, without the
 * protocol: {@code AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256}.
 */
public final class SuiteText {

  private SuiteText() {}

  public static String of(Proposal suite) {
    return suite.transforms().stream().map(Transform::canonicalName).collect(Collectors.joining("/"));
  }
}
