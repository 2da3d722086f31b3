// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.Optional;

/**
 * What a secret's owner must equal for an identity to match it exactly, in both daemons: the
 * address of an address identity, the case-folded name of an FQDN or USER_FQDN. Owners that match
 * by pattern (wildcards, subnets, ranges, DNs, "any") have no key: they are checked one by one.
 */
sealed interface OwnerKey {

  /** An address owner or a requested address; the unspecified address means "any" to pluto. */
  record Address(IpAddress address) implements OwnerKey {}

  /**
   * A name compared without case (both daemons) and without trailing dots (pluto); charon keeps
   * the dots, so the key is coarser than its match and the selection still decides.
   *
   * @param folded each char as {@link String#equalsIgnoreCase} compares it
   */
  record Name(IdentityType type, String folded) implements OwnerKey {}

  /** The key of an identity, when an exact match on it can be looked up. */
  static Optional<OwnerKey> of(Identity identity) {
    if (identity instanceof AddressIdentity address && !address.address().isUnspecified()) {
      return Optional.of(new Address(address.address()));
    }
    if (identity instanceof NameIdentity name && !name.hasLeadingWildcard()) {
      return Optional.of(new Name(name.type(), folded(name.name().latin1())));
    }
    return Optional.empty();
  }

  private static String folded(String name) {
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '.') {
      end--;
    }
    StringBuilder out = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      // equalsIgnoreCase treats two chars as equal when their upper cases lower-case alike.
      out.append(Character.toLowerCase(Character.toUpperCase(name.charAt(i))));
    }
    return out.toString();
  }
}
