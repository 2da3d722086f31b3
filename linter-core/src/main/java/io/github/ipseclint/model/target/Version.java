// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

import java.util.Optional;

/** A release number such as 5.9.8; missing parts are 0. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("negative version part");
    }
  }

  public static Version of(int major, int minor) {
    return new Version(major, minor, 0);
  }

  /** Parses {@code 5}, {@code 5.9} or {@code 5.9.8}; empty for anything else. */
  public static Optional<Version> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length > 3) {
      return Optional.empty();
    }
    int[] numbers = new int[3];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty() || parts[i].length() > 4 || !parts[i].chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      numbers[i] = Integer.parseInt(parts[i]);
    }
    return Optional.of(new Version(numbers[0], numbers[1], numbers[2]));
  }

  public boolean isBefore(Version other) {
    return compareTo(other) < 0;
  }

  public boolean isAtLeast(Version other) {
    return compareTo(other) >= 0;
  }

  public boolean isAtLeast(int otherMajor, int otherMinor) {
    return isAtLeast(of(otherMajor, otherMinor));
  }

  @Override
  public int compareTo(Version other) {
    if (major != other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
