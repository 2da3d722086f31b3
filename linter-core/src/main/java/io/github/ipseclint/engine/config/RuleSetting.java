// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.engine.RuleOptions;
import io.github.ipseclint.model.finding.Severity;
import java.util.Optional;

/** What a configuration says about one rule. */
public record RuleSetting(Optional<Severity> severity, boolean off, RuleOptions options) {
  public static final RuleSetting DEFAULT = new RuleSetting(Optional.empty(), false, RuleOptions.NONE);
  public static final RuleSetting OFF = new RuleSetting(Optional.empty(), true, RuleOptions.NONE);
}
