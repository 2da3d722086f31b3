// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import java.util.regex.Pattern;

/** The stable kebab-case id of a rule, e.g. {@code parse-error}. */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleId {
    if (!KEBAB.matcher(value).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + value);
    }
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
