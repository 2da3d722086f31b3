// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The policy profiles a configuration may name (algorithms.md §4). Only the name is stored for
 * now; the crypto rules that read the profile's algorithm lists come with those rules.
 */
public enum Profile {
  RFC8247("rfc8247"),
  NIST_800_77R1("nist-800-77r1"),
  BSI_TR_02102_3("bsi-tr-02102-3"),
  CNSA2("cnsa2"),
  LEGACY_COMPAT("legacy-compat");

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
