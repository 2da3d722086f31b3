// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The options a configuration sets for one rule, as written; only the names a rule declares in
 * {@link LintRule#options()} are accepted when the configuration is loaded.
 */
public record RuleOptions(Map<String, String> values) {
  public static final RuleOptions NONE = new RuleOptions(Map.of());

  public RuleOptions {
    values = Map.copyOf(values);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** An integer option, or {@code fallback} when unset; a non-number is a configuration error. */
  public int integer(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + " must be a whole number: " + value, e);
    }
  }
}
