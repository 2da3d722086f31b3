// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A set of rules, found with {@link java.util.ServiceLoader}: the rules module's {@code
 * BuiltInRules} names itself in {@code META-INF/services/io.github.ipseclint.engine.RulePack}.
 */
public interface RulePack {

  /** Where help files live beside a pack's classes: {@code <HELP_FOLDER><id>.md}. */
  String HELP_FOLDER = "ipseclint/rules/help/";

  /** One instance of every rule of the pack. */
  List<Rule> rules();

  /** The Markdown help of a rule, read from {@link #HELP_FOLDER} with the pack's class loader. */
  default Optional<String> help(String ruleId) {
    ClassLoader loader = getClass().getClassLoader();
    try (InputStream in = loader.getResourceAsStream(HELP_FOLDER + ruleId + ".md")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
