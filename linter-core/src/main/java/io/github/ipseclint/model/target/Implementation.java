// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

import java.util.Locale;
import java.util.Optional;

/** The IPsec implementation whose rules a file is read by. */
public enum Implementation {
  STRONGSWAN,
  LIBRESWAN;

  /** {@code strongswan} or {@code libreswan}, as written on the command line and in targets. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Implementation> fromLabel(String label) {
    for (Implementation implementation : values()) {
      if (implementation.label().equals(label.toLowerCase(Locale.ROOT))) {
        return Optional.of(implementation);
      }
    }
    return Optional.empty();
  }
}
