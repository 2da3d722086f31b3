// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

/**
 * Release ranges that behave alike for proposals and negotiation. The buckets from {@code SW59A}
 * on are those of negotiation.md §0.2; the older ones exist because algorithms.md §3 gives them
 * their own default proposals.
 */
public enum VersionBucket {
  /** strongSwan up to 5.6.0: MD5 and MODP-1024 still in the defaults, 3DES and Blowfish in ESP. */
  SW560("SW560", Implementation.STRONGSWAN, Version.of(0, 0)),
  /** strongSwan 5.6.1 - 5.8.x: defaults cleaned up for RFC 8221/8247, no ESP AEAD default. */
  SW561("SW561", Implementation.STRONGSWAN, new Version(5, 6, 1)),
  /** strongSwan 5.9.0 - 5.9.5: ESP AEAD default without an ESN transform. */
  SW59A("SW59a", Implementation.STRONGSWAN, Version.of(5, 9)),
  /** strongSwan 5.9.6 - 5.9.14. */
  SW59("SW59", Implementation.STRONGSWAN, new Version(5, 9, 6)),
  /** strongSwan 6.0.0 - 6.0.1. */
  SW60("SW60", Implementation.STRONGSWAN, Version.of(6, 0)),
  /** strongSwan 6.0.2 and later: ESP/AH defaults carry every KE method plus {@code none}. */
  SW602("SW602", Implementation.STRONGSWAN, new Version(6, 0, 2)),
  /** Libreswan up to 3.27: IKEv2 defaults with 3DES, SHA1 and MODP2048 only. */
  LS3("LS3", Implementation.LIBRESWAN, Version.of(0, 0)),
  /** Libreswan 3.28 - 3.32: the 4.x defaults (3.28 dropped SHA1, added ECP and X25519). */
  LS328("LS328", Implementation.LIBRESWAN, Version.of(3, 28)),
  /** Libreswan 4.0 - 4.15. */
  LS4("LS4", Implementation.LIBRESWAN, Version.of(4, 0)),
  /** Libreswan 5.0 - 5.3.x. */
  LS5("LS5", Implementation.LIBRESWAN, Version.of(5, 0)),
  /** Libreswan 5.4 and later: RFC 9370 additional key exchanges, ML-KEM, {@code ;TYPE=}. */
  LS54("LS54", Implementation.LIBRESWAN, Version.of(5, 4));

  private final String label;
  private final Implementation implementation;
  private final Version first;

  VersionBucket(String label, Implementation implementation, Version first) {
    this.label = label;
    this.implementation = implementation;
    this.first = first;
  }

  /** The bucket of a target; releases newer than ipseclint knows fall into the newest bucket. */
  public static VersionBucket of(Target target) {
    VersionBucket found = null;
    for (VersionBucket bucket : values()) {
      if (bucket.implementation == target.implementation()
          && target.version().isAtLeast(bucket.first)) {
        found = bucket;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no bucket for " + target);
    }
    return found;
  }

  /** The name used in the specs ({@code SW59a}, {@code LS54}). */
  public String label() {
    return label;
  }

  public Implementation implementation() {
    return implementation;
  }

  /** True for this bucket and every later one of the same implementation. */
  public boolean isAtLeast(VersionBucket other) {
    return implementation == other.implementation && compareTo(other) >= 0;
  }
}
