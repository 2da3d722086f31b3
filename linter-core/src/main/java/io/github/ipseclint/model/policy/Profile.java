// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The policy profiles (algorithms.md §4) plus {@link #BASELINE}, the default: RFC 8247/8221 with
 * the algorithms operators are told to refuse (3DES, SHA-1, MD5, DH groups 1, 2, 5, 22-24) raised
 * to at least a warning. Each profile rates every transform and condition as OK, INFO, WARNING or
 * ERROR.
 */
public enum Profile {
  BASELINE("baseline"),
  RFC8247("rfc8247"),
  NIST_800_77R1("nist-800-77r1"),
  BSI_TR_02102_3("bsi-tr-02102-3"),
  CNSA2("cnsa2"),
  LEGACY_COMPAT("legacy-compat");

  /** The profile used when neither the configuration nor the command line names one. */
  public static final Profile DEFAULT = BASELINE;

  private final String label;

  Profile(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Profile> fromLabel(String label) {
    return Arrays.stream(values()).filter(profile -> profile.label.equals(label)).findFirst();
  }

  /** The names, for error messages. */
  public static String labels() {
    return Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", "));
  }
}
