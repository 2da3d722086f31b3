// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.finding.Fix;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.source.Span;
import java.util.List;

/**
 * Where a rule reports. The engine adds the rule id and severity; the message is one sentence
 * without a trailing period that quotes the offending value (never a secret) and names the fix.
 */
public interface Reporter {

  /** Reports at {@code span} a message built with {@link String#format}. */
  void report(Span span, String format, Object... arguments);

  /** Reports with other places the finding involves (e.g. the {@code %default} a value came from). */
  void report(Span span, String message, List<RelatedLocation> related);

  /** Reports at a severity other than the rule's default, with other places the finding involves. */
  void report(Severity severity, Span span, String message, List<RelatedLocation> related);

  /**
   * Reports at a severity other than the rule's default: for rules whose severity follows the
   * selected profile's verdict. A severity configured for the rule still overrides it.
   */
  void report(Severity severity, Span span, String format, Object... arguments);

  /**
   * Reports at {@code severity} with a mechanical fix (SARIF {@code fixes}); only for edits that
   * need no judgement and never for secret text.
   */
  void report(Severity severity, Span span, Fix fix, String format, Object... arguments);

  /** The selected policy profile at the as-of date, for the rules whose verdicts follow it. */
  Policy policy();

  /** The options the configuration sets for this rule. */
  RuleOptions options();
}
