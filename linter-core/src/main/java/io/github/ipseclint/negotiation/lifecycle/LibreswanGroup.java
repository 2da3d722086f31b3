// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Transform;
import java.util.Arrays;
import java.util.Optional;

/**
 * How pluto names a key exchange group: its enum name in proposal dumps and INVALID_KE messages
 * ({@code ECP_256}), its short algorithm name elsewhere ({@code DH19}), and the size of its public
 * value, which Libreswan 4.x checks a CHILD KE payload against (negotiation.md §3.2, §7.3).
 */
enum LibreswanGroup {
  MODP_1024("MODP1024", "MODP1024", 128),
  MODP_1536("MODP1536", "MODP1536", 192),
  MODP_2048("MODP2048", "MODP2048", 256),
  MODP_3072("MODP3072", "MODP3072", 384),
  MODP_4096("MODP4096", "MODP4096", 512),
  MODP_6144("MODP6144", "MODP6144", 768),
  MODP_8192("MODP8192", "MODP8192", 1024),
  ECP_256("ECP_256", "DH19", 64),
  ECP_384("ECP_384", "DH20", 96),
  ECP_521("ECP_521", "DH21", 132),
  CURVE_25519("CURVE25519", "DH31", 32);

  private final String enumName;
  private final String shortName;
  private final int publicValueBytes;

  LibreswanGroup(String enumName, String shortName, int publicValueBytes) {
    this.enumName = enumName;
    this.shortName = shortName;
    this.publicValueBytes = publicValueBytes;
  }

  static Optional<LibreswanGroup> of(Transform method) {
    return Arrays.stream(values()).filter(group -> group.name().equals(method.canonicalName())).findFirst();
  }

  /** {@code MODP2048}, {@code ECP_256}; strongSwan's name without its underscores for groups pluto lacks. */
  static String enumName(Transform method) {
    return of(method).map(group -> group.enumName).orElse(method.canonicalName().replace("_", ""));
  }

  /** {@code MODP2048}, {@code DH19}. */
  static String shortName(Transform method) {
    return of(method).map(group -> group.shortName).orElse(method.canonicalName().replace("_", ""));
  }

  /** The size of the group's public value, {@code <n>} when unknown. */
  static String publicValueBytes(Transform method) {
    return of(method).map(group -> Integer.toString(group.publicValueBytes)).orElse("<n>");
  }
}
