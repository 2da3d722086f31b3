// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A DN in the order written (both daemons keep the RDN order and compare position by position).
 */
public record DistinguishedName(List<Rdn> rdns) {

  public DistinguishedName {
    rdns = List.copyOf(rdns);
  }

  /** Equal RDN by RDN, no wildcards: Libreswan's {@code same_dn}. */
  public boolean sameAs(DistinguishedName other) {
    if (rdns.size() != other.rdns.size()) {
      return false;
    }
    for (int i = 0; i < rdns.size(); i++) {
      if (!rdns.get(i).sameAs(other.rdns.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * strongSwan's {@code compare_dn} with wildcards: this DN against an {@code owner} whose RDN
   * values may be {@code *}. The number of wildcards used, or empty when they do not match.
   */
  public OptionalInt matchWildcards(DistinguishedName owner) {
    if (rdns.size() != owner.rdns.size()) {
      return OptionalInt.empty();
    }
    int wildcards = 0;
    for (int i = 0; i < rdns.size(); i++) {
      Rdn mine = rdns.get(i);
      Rdn theirs = owner.rdns.get(i);
      if (theirs.isWildcard() && mine.attribute().oid().equals(theirs.attribute().oid())) {
        wildcards++;
      } else if (!mine.sameAs(theirs)) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(wildcards);
  }

  public boolean hasWildcards() {
    return rdns.stream().anyMatch(Rdn::isWildcard);
  }

  @Override
  public String toString() {
    return rdns.stream().map(Rdn::toString).collect(Collectors.joining(", "));
  }
}
