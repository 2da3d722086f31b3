// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

import java.util.Map;
import java.util.Optional;

/**
 * The daemon a configuration is written for: an implementation and its release, written
 * {@code strongswan-5.9.8}, {@code libreswan-4.10}, or by release line ({@code strongswan-6}
 * meaning the newest release of that line ipseclint knows).
 */
public record Target(Implementation implementation, Version version) {

  /** The newest release of each line whose behaviour is encoded (see negotiation.md §0.2). */
  private static final Map<String, Version> NEWEST_OF_LINE = Map.of(
      "strongswan-5", new Version(5, 9, 14),
      "strongswan-6", new Version(6, 0, 6),
      "libreswan-3", new Version(3, 32, 0),
      "libreswan-4", new Version(4, 15, 0),
      "libreswan-5", new Version(5, 4, 0));

  /** The default target of a dialect: the newest release of its current line. */
  public static Target defaultFor(Implementation implementation) {
    return switch (implementation) {
      case STRONGSWAN -> new Target(implementation, NEWEST_OF_LINE.get("strongswan-6"));
      case LIBRESWAN -> new Target(implementation, NEWEST_OF_LINE.get("libreswan-5"));
    };
  }

  /** Parses a target as written by users; empty when it names no implementation or version. */
  public static Optional<Target> parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return Implementation.fromLabel(text).map(Target::defaultFor);
    }
    Optional<Implementation> implementation = Implementation.fromLabel(text.substring(0, dash));
    String versionText = text.substring(dash + 1);
    if (implementation.isEmpty()) {
      return Optional.empty();
    }
    Version line = NEWEST_OF_LINE.get(implementation.get().label() + "-" + versionText);
    if (line != null) {
      return Optional.of(new Target(implementation.get(), line));
    }
    return Version.parse(versionText).map(version -> new Target(implementation.get(), version));
  }

  public boolean is(Implementation other) {
    return implementation == other;
  }

  /** True for a Libreswan or strongSwan release at or after the given one of the same project. */
  public boolean isAtLeast(int major, int minor) {
    return version.isAtLeast(major, minor);
  }

  @Override
  public String toString() {
    return implementation.label() + "-" + version;
  }
}
