// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem at one place. Messages never contain secret values: whoever builds a finding from
 * a secret describes it (length, encoding), never quotes it.
 */
public record Finding(
    RuleId rule, Severity severity, Span span, String message, List<RelatedLocation> related,
    Optional<Fix> fix) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    related = List.copyOf(related);
  }

  /** A finding without a mechanical fix. */
  public Finding(RuleId rule, Severity severity, Span span, String message, List<RelatedLocation> related) {
    this(rule, severity, span, message, related, Optional.empty());
  }

  public Finding withFix(Fix newFix) {
    return new Finding(rule, severity, span, message, related, Optional.of(newFix));
  }

  public static Finding of(CoreRule rule, Span span, String message) {
    return new Finding(rule.id(), rule.defaultSeverity(), span, message, List.of());
  }

  public static Finding of(CoreRule rule, Severity severity, Span span, String message) {
    return new Finding(rule.id(), severity, span, message, List.of());
  }

  public Finding withRelated(RelatedLocation location) {
    List<RelatedLocation> all = new java.util.ArrayList<>(related);
    all.add(location);
    return new Finding(rule, severity, span, message, all, fix);
  }

  /** {@code path:line:col: severity: message [rule-id]}, the one-line form of every front end. */
  public String toLine() {
    return span.file().displayPath() + ":" + span.line() + ":" + span.column() + ": "
        + severity.label() + ": " + message + " [" + rule.value() + "]";
  }
}
