// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import java.time.LocalDate;
import java.util.Objects;

/** A profile as a configuration or the command line selects it, with its option. */
public record ProfileSelection(Profile profile, boolean highProtection) {
  public ProfileSelection {
    Objects.requireNonNull(profile, "profile");
  }

  public static ProfileSelection of(Profile profile) {
    return new ProfileSelection(profile, false);
  }

  public Policy at(LocalDate asOf) {
    return new Policy(profile, highProtection, asOf);
  }
}
