// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.target.Implementation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * pluto's secret lookup (secrets.c {@code lsw_get_secret}): each entry's indices set LOCAL,
 * REMOTE or ANY by exact equality; a lone index that matched LOCAL adds DEFAULT; only some
 * combinations are usable; the highest sum wins and on a tie the entry written first.
 */
public final class LibreswanSecretSelection implements SecretSelection {
  static final int LOCAL = 8;
  static final int REMOTE = 4;
  static final int ANY = 2;
  static final int DEFAULT = 1;

  /** formats.md §6.4: every other combination makes the entry unusable for the pair. */
  private static final Set<Integer> USABLE =
      Set.of(LOCAL | REMOTE, LOCAL | ANY, LOCAL | DEFAULT, REMOTE | ANY, ANY);

  @Override
  public List<SecretMatch> candidates(List<Secret> secrets, SecretType type, Identity local, Identity remote) {
    List<SecretMatch> out = new ArrayList<>();
    for (Secret secret : secrets) {
      if (!secret.type().serves(type, Implementation.LIBRESWAN)) {
        continue;
      }
      int match = match(secret.owners(), local, remote);
      if (USABLE.contains(match)) {
        out.add(new SecretMatch(secret, match, 0));
      }
    }
    return out;
  }

  /**
   * Every usable combination but LOCAL + DEFAULT needs the remote ID or an "any" index (a
   * patterned owner); LOCAL + DEFAULT needs an entry whose only index is the local ID.
   */
  @Override
  public List<Secret> reachable(SecretStore store, Identity local, Identity remote) {
    return SecretStore.inLoadOrder(store.mayMatch(remote), store.solelyOwnedBy(local));
  }

  @Override
  public Comparator<SecretMatch> ranking() {
    return Comparator.comparingInt(SecretMatch::primary)
        .reversed()
        .thenComparingInt(match -> match.secret().loadIndex());
  }

  private static int match(List<Identity> indices, Identity local, Identity remote) {
    int match = 0;
    for (Identity index : indices) {
      if (isAny(index)) {
        match |= ANY;
      } else {
        if (same(index, local)) {
          match |= LOCAL;
        }
        if (same(index, remote)) {
          match |= REMOTE;
        }
      }
    }
    if (match == LOCAL && indices.size() == 1) {
      match |= DEFAULT;
    }
    return match;
  }

  /** {@code %any}, {@code %any6}, the unspecified addresses, and the owner of an index-less entry. */
  public static boolean isAny(Identity identity) {
    return identity instanceof AnyIdentity
        || identity instanceof AddressIdentity address && address.address().isUnspecified();
  }

  /** {@code same_id}: exact equality; names ignore case and trailing dots. */
  public static boolean same(Identity a, Identity b) {
    if (a.type() != b.type()) {
      return false;
    }
    if (a instanceof AddressIdentity x && b instanceof AddressIdentity y) {
      return x.address().equals(y.address());
    }
    if (a instanceof NameIdentity x && b instanceof NameIdentity y) {
      return withoutTrailingDots(x).equalsIgnoreCase(withoutTrailingDots(y));
    }
    if (a instanceof DnIdentity x && b instanceof DnIdentity y) {
      return x.dn().sameAs(y.dn());
    }
    if (a instanceof BinaryIdentity x && b instanceof BinaryIdentity y) {
      return x.encoding().equals(y.encoding());
    }
    // An unresolved host name stands for an address nobody knows: it equals nothing.
    return false;
  }

  private static String withoutTrailingDots(NameIdentity identity) {
    String name = identity.name().latin1();
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '.') {
      end--;
    }
    return name.substring(0, end);
  }
}
