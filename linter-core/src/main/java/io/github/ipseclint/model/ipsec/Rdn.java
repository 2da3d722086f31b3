// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;

/** One relative distinguished name: an attribute and its value (blanks around it removed). */
public record Rdn(RdnAttribute attribute, ByteText value) {

  /** strongSwan: a value that is exactly {@code *} matches any value of the same attribute. */
  public boolean isWildcard() {
    return value.latin1().equals("*");
  }

  /** Same attribute (by OID) and a value equal in the way the daemons compare it. */
  public boolean sameAs(Rdn other) {
    if (!attribute.oid().equals(other.attribute.oid())) {
      return false;
    }
    String mine = value.latin1();
    String theirs = other.value.latin1();
    if (attribute.comparesIgnoringCase(mine) && other.attribute.comparesIgnoringCase(theirs)) {
      return mine.equalsIgnoreCase(theirs);
    }
    return mine.equals(theirs);
  }

  @Override
  public String toString() {
    return attribute.shortName() + "=" + value.display();
  }
}
