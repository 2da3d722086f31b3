// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The attribute types a DN may be written with, as in the x501rdns tables of strongSwan's
 * identification.c and Libreswan's x509dn.c (both have the same names; note that {@code SN} is
 * the serial number and {@code S} the surname). Names are matched case-insensitively.
 */
public enum RdnAttribute {
  NAME_DISTINGUISHER("0.2.262.1.10.7.20", false, "ND"),
  USER_ID("0.9.2342.19200300.100.1.1", false, "UID"),
  DOMAIN_COMPONENT("0.9.2342.19200300.100.1.25", false, "DC"),
  COMMON_NAME("2.5.4.3", false, "CN"),
  SURNAME("2.5.4.4", false, "S"),
  SERIAL_NUMBER("2.5.4.5", false, "SN", "serialNumber"),
  COUNTRY("2.5.4.6", false, "C"),
  LOCALITY("2.5.4.7", false, "L"),
  STATE_OR_PROVINCE("2.5.4.8", false, "ST"),
  ORGANIZATION("2.5.4.10", false, "O"),
  ORGANIZATIONAL_UNIT("2.5.4.11", false, "OU"),
  TITLE("2.5.4.12", false, "T"),
  DESCRIPTION("2.5.4.13", false, "D"),
  NAME("2.5.4.41", false, "N"),
  GIVEN_NAME("2.5.4.42", false, "G"),
  INITIALS("2.5.4.43", false, "I"),
  DN_QUALIFIER("2.5.4.46", false, "dnQualifier"),
  DMD_NAME("2.5.4.54", false, "dmdName"),
  PSEUDONYM("2.5.4.65", false, "pseudonym"),
  UNIQUE_IDENTIFIER("2.5.4.45", false, "ID"),
  EMPLOYEE_NUMBER("2.16.840.1.113730.3.1.3", false, "EN", "employeeNumber"),
  EMAIL_ADDRESS("1.2.840.113549.1.9.1", true, "E", "Email", "emailAddress"),
  UNSTRUCTURED_NAME("1.2.840.113549.1.9.2", true, "UN", "unstructuredName"),
  UNSTRUCTURED_ADDRESS("1.2.840.113549.1.9.8", false, "UA", "unstructuredAddress"),
  TCG_ID("1.3.6.1.4.1.2312.16.2.1", false, "TCGID");

  private final String oid;
  private final boolean ia5;
  private final List<String> names;

  RdnAttribute(String oid, boolean ia5, String... names) {
    this.oid = oid;
    this.ia5 = ia5;
    this.names = List.of(names);
  }

  public static Optional<RdnAttribute> byName(String name) {
    for (RdnAttribute attribute : values()) {
      for (String candidate : attribute.names) {
        if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          return Optional.of(attribute);
        }
      }
    }
    return Optional.empty();
  }

  /** The dotted OID; two names of one attribute ({@code E}, {@code emailAddress}) share it. */
  public String oid() {
    return oid;
  }

  /** The short name used when a DN is shown. */
  public String shortName() {
    return names.get(0);
  }

  /**
   * True when the value is compared ignoring case. strongSwan compares printableString values
   * and e-mail addresses case-insensitively and every other string type byte for byte; a
   * written value becomes a printableString only when all its characters are allowed there.
   */
  boolean comparesIgnoringCase(String value) {
    if (this == EMAIL_ADDRESS) {
      return true;
    }
    return !ia5 && value.chars().allMatch(RdnAttribute::isPrintableStringChar);
  }

  private static boolean isPrintableStringChar(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " '()+,-./:=?".indexOf(c) >= 0;
  }
}
