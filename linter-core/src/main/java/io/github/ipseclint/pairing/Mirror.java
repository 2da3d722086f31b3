// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.RangeIdentity;
import io.github.ipseclint.model.ipsec.SubnetIdentity;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How well two connections mirror each other: each one's remote addresses and ID against the
 * other's local ones. A dimension that contradicts in one direction rules the pair out unless the
 * other dimension confirms that direction: an exact address match with differing IDs is still a
 * tunnel (one with an ID mismatch, which the simulation reports), and so is a matching ID where a
 * NAT hides the address.
 */
final class Mirror {
  /** The remote end is the local one exactly. */
  static final int EXACT_ADDRESS = 4;
  static final int EXACT_ID = 3;
  /** The local end falls in a subnet, range or wildcard the remote end accepts. */
  static final int PATTERN = 2;
  /** Nothing to compare: the remote end accepts anything or the local end is unknown here. */
  static final int OPEN = 0;
  static final int CONFLICT = -1;

  private Mirror() {}

  /**
   * The pair's score, higher is better; empty when the two do not configure one tunnel.
   *
   * @param hosts the addresses the scanned hosts claim as their own
   */
  static OptionalInt score(Endpoint a, Endpoint b, HostAddresses hosts) {
    OptionalInt there = direction(a, b, hosts);
    OptionalInt back = direction(b, a, hosts);
    if (there.isEmpty() || back.isEmpty() || there.getAsInt() + back.getAsInt() == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(there.getAsInt() + back.getAsInt());
  }

  /** What {@code seeker}'s remote side says of {@code owner}'s local side. */
  private static OptionalInt direction(Endpoint seeker, Endpoint owner, HostAddresses hosts) {
    int address = address(seeker, owner, hosts);
    int id = identity(seeker.remoteId(), seeker.soughtId(), owner.localId(), owner.ownId());
    boolean addressConfirms = address > OPEN;
    boolean idConfirms = id > OPEN;
    if (address == CONFLICT && !idConfirms || id == CONFLICT && !addressConfirms) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.max(address, OPEN) + Math.max(id, OPEN));
  }

  /**
   * An owner whose address the scan does not give may be anywhere, except at the addresses other
   * scanned hosts claim: a seeker that wants nothing but such addresses looks for another host.
   */
  static int address(Endpoint seeker, Endpoint owner, HostAddresses hosts) {
    if (owner.own().isEmpty()) {
      boolean seeksAnotherHost = !seeker.sought().isEmpty() && seeker.soughtRanges().isEmpty() && !seeker.acceptsAny()
          && seeker.sought().stream().allMatch(key -> hosts.claimedByAnotherThan(key, owner.daemon()));
      return seeksAnotherHost ? CONFLICT : OPEN;
    }
    for (AddressKey key : owner.own()) {
      if (seeker.sought().contains(key)) {
        return EXACT_ADDRESS;
      }
    }
    for (AddressKey key : owner.own()) {
      for (IpRange range : seeker.soughtRanges()) {
        if (key.address().filter(range::contains).isPresent()) {
          return PATTERN;
        }
      }
    }
    if (seeker.acceptsAny()) {
      return OPEN;
    }
    // A DNS name on one side and addresses on the other cannot be compared without resolving it.
    boolean namesOnOneSide = seeker.sought().stream().anyMatch(AddressKey::isHostName)
        || owner.own().stream().anyMatch(AddressKey::isHostName);
    return namesOnOneSide ? OPEN : CONFLICT;
  }

  /**
   * An ID the seeker expects against the owner's own; unknown values (a certificate's subject) are
   * open. The keys are those of {@link IdentityKey#of} for the two IDs.
   */
  static int identity(Identity expected, Optional<IdentityKey> wanted, Identity actual, Optional<IdentityKey> have) {
    if (have.isEmpty()) {
      return OPEN;
    }
    if (wanted.isPresent()) {
      return wanted.equals(have) ? EXACT_ID : CONFLICT;
    }
    if (isPattern(expected)) {
      return matchesPattern(expected, actual) ? PATTERN : CONFLICT;
    }
    return OPEN;
  }

  private static boolean isPattern(Identity identity) {
    return identity instanceof NameIdentity name && name.hasLeadingWildcard()
        || identity instanceof DnIdentity dn && dn.dn().hasWildcards()
        || identity instanceof SubnetIdentity || identity instanceof RangeIdentity;
  }

  private static boolean matchesPattern(Identity pattern, Identity actual) {
    if (pattern instanceof NameIdentity wildcard && actual instanceof NameIdentity name
        && wildcard.type() == name.type()) {
      String suffix = wildcard.name().latin1().substring(1);
      String value = name.name().latin1();
      return value.length() >= suffix.length()
          && value.regionMatches(true, value.length() - suffix.length(), suffix, 0, suffix.length());
    }
    if (pattern instanceof DnIdentity wildcard && actual instanceof DnIdentity dn) {
      return dn.dn().matchWildcards(wildcard.dn()).isPresent();
    }
    if (actual instanceof AddressIdentity address) {
      IpAddress ip = address.address();
      return pattern instanceof SubnetIdentity subnet && subnet.contains(ip)
          || pattern instanceof RangeIdentity range && range.contains(ip);
    }
    return false;
  }
}
