// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** The IKE version a connection uses; {@code ANY} when it accepts both (strongSwan's {@code ike}). */
public enum IkeVersion {
  IKEV1,
  IKEV2,
  ANY
}
