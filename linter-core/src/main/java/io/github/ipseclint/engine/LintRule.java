// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The metadata of a rule; docs, {@code --list-rules} and SARIF's rule table come from it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {
  /** Kebab-case, naming the problem; never changes once released (old ids go to {@link #aliases()}). */
  String id();

  /** PascalCase, for SARIF {@code name}: the id in UpperCamel case. */
  String name();

  /** The default severity; configurations may override it. */
  Severity severity();

  /** One sentence saying what is wrong, without a trailing period. */
  String description();

  Tag[] tags();

  /**
   * GitHub's security-severity score (0.0 to 10.0), required for {@link Tag#SECURITY} rules and
   * forbidden for others; negative means none.
   */
  double securitySeverity() default -1;

  /** Former ids that still select this rule in configurations and suppressions. */
  String[] aliases() default {};

  /** The option names the rule reads from {@link RuleOptions}. */
  String[] options() default {};
}
