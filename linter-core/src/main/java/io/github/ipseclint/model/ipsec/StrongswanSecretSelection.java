// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.target.Implementation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * charon's shared-key lookup (mem_cred.c, identification.c {@code matches}): each ID is scored
 * against every owner, the best score counts; an entry with any non-zero score is a candidate;
 * highest remote score wins, then highest local score, then the secret loaded last.
 */
public final class StrongswanSecretSelection implements SecretSelection {
  /** ID_MATCH_PERFECT. */
  static final int PERFECT = 20;
  /** ID_MATCH_ONE_WILDCARD: {@code *.example.org}, an address inside a subnet or range. */
  static final int ONE_WILDCARD = 19;
  /** ID_MATCH_MAX_WILDCARDS: a {@code /0} subnet, an all-covering range; DN scores stop above it. */
  static final int MAX_WILDCARDS = 2;
  /** ID_MATCH_ANY. */
  static final int ANY = 1;
  static final int NONE = 0;

  @Override
  public List<SecretMatch> candidates(List<Secret> secrets, SecretType type, Identity local, Identity remote) {
    List<SecretMatch> out = new ArrayList<>();
    for (Secret secret : secrets) {
      if (!secret.type().serves(type, Implementation.STRONGSWAN)) {
        continue;
      }
      int remoteScore = best(remote, secret.owners());
      int localScore = best(local, secret.owners());
      if (remoteScore > NONE || localScore > NONE) {
        out.add(new SecretMatch(secret, remoteScore, localScore));
      }
    }
    return out;
  }

  /** Every entry that matches either ID is a candidate. */
  @Override
  public List<Secret> reachable(SecretStore store, Identity local, Identity remote) {
    return store.mayMatchEither(local, remote);
  }

  /**
   * A gateway's own ID owns every one of its secrets, so the candidates matching the remote ID are
   * looked at first: when one of them matches it at all, it outranks every entry that matches the
   * local ID only.
   */
  @Override
  public Optional<Secret> best(SecretStore store, SecretType type, Identity local, Identity remote) {
    Optional<SecretChoice> byRemote = select(store.mayMatch(remote), type, local, remote);
    if (byRemote.isPresent() && byRemote.get().chosen().primary() > NONE) {
      return byRemote.map(SecretChoice::secret);
    }
    return SecretSelection.super.best(store, type, local, remote);
  }

  @Override
  public Comparator<SecretMatch> ranking() {
    return Comparator.comparingInt(SecretMatch::primary)
        .thenComparingInt(SecretMatch::secondary)
        .thenComparingInt(match -> match.secret().loadIndex())
        .reversed();
  }

  private static int best(Identity requested, List<Identity> owners) {
    int best = NONE;
    for (Identity owner : owners) {
      best = Math.max(best, score(requested, owner));
    }
    return best;
  }

  /** {@code requested->matches(requested, owner)}: the owner may hold wildcards. */
  public static int score(Identity requested, Identity owner) {
    if (owner instanceof AnyIdentity) {
      return ANY;
    }
    if (requested instanceof AddressIdentity address) {
      return addressScore(address, owner);
    }
    if (requested instanceof NameIdentity name && owner instanceof NameIdentity pattern) {
      return nameScore(name, pattern);
    }
    if (requested instanceof DnIdentity dn && owner instanceof DnIdentity pattern) {
      OptionalInt wildcards = dn.dn().matchWildcards(pattern.dn());
      if (wildcards.isEmpty()) {
        return NONE;
      }
      return PERFECT - Math.min(wildcards.getAsInt(), ONE_WILDCARD - MAX_WILDCARDS);
    }
    return sameBinary(requested, owner) ? PERFECT : NONE;
  }

  private static int addressScore(AddressIdentity requested, Identity owner) {
    if (owner instanceof AddressIdentity other) {
      return requested.address().equals(other.address()) ? PERFECT : NONE;
    }
    if (owner instanceof SubnetIdentity subnet && subnet.contains(requested.address())) {
      return subnet.coversAll() ? MAX_WILDCARDS : ONE_WILDCARD;
    }
    if (owner instanceof RangeIdentity range && range.contains(requested.address())) {
      return range.coversAll() ? MAX_WILDCARDS : ONE_WILDCARD;
    }
    return NONE;
  }

  /** matches_string: case-insensitive equality, else a leading {@code *} matches any suffix. */
  private static int nameScore(NameIdentity requested, NameIdentity pattern) {
    if (requested.type() != pattern.type()) {
      return NONE;
    }
    String name = requested.name().latin1();
    String wanted = pattern.name().latin1();
    if (name.equalsIgnoreCase(wanted)) {
      return PERFECT;
    }
    if (!pattern.hasLeadingWildcard() || name.length() < wanted.length()) {
      return NONE;
    }
    if (wanted.length() == 1) {
      return ANY;
    }
    String suffix = wanted.substring(1);
    return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length())
        ? ONE_WILDCARD
        : NONE;
  }

  private static boolean sameBinary(Identity requested, Identity owner) {
    if (requested.type() != owner.type()) {
      return false;
    }
    if (requested instanceof BinaryIdentity a && owner instanceof BinaryIdentity b) {
      return a.encoding().equals(b.encoding());
    }
    if (requested instanceof SubnetIdentity a && owner instanceof SubnetIdentity b) {
      return a.network().equals(b.network()) && a.prefixLength() == b.prefixLength();
    }
    if (requested instanceof RangeIdentity a && owner instanceof RangeIdentity b) {
      return a.from().equals(b.from()) && a.to().equals(b.to());
    }
    return false;
  }
}
