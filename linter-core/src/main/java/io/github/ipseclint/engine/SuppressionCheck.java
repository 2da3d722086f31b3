// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.suppression.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies inline suppressions to one run's findings and reports the suppressions that are
 * themselves wrong: without a reason, expired (it then no longer suppresses) or suppressing
 * nothing.
 */
final class SuppressionCheck {
  private final RuleRegistry registry;
  private final List<Suppression> suppressions;
  private final LocalDate today;
  private final Map<Suppression, Set<RuleId>> used = new IdentityHashMap<>();

  SuppressionCheck(RuleRegistry registry, List<Suppression> suppressions, LocalDate today) {
    this.registry = registry;
    this.suppressions = List.copyOf(suppressions);
    this.today = today;
  }

  /** The suppression that covers a finding, if any, and notes that it was used. */
  Optional<Suppression> suppressing(Finding finding) {
    for (Suppression suppression : suppressions) {
      if (suppression.problem().isPresent() || suppression.isExpired(today) || !suppression.covers(finding.span())) {
        continue;
      }
      for (Located<String> written : suppression.ruleIds()) {
        Optional<RuleId> id = resolve(written.value());
        if (id.isPresent() && id.get().equals(finding.rule())) {
          used.computeIfAbsent(suppression, s -> new HashSet<>()).add(id.get());
          return Optional.of(suppression);
        }
      }
    }
    return Optional.empty();
  }

  /** The findings about the suppressions; call after every finding went through {@link #suppressing}. */
  List<Finding> problems(Predicate<RuleId> enabled) {
    List<Finding> problems = new ArrayList<>();
    for (Suppression suppression : suppressions) {
      if (suppression.problem().isPresent()) {
        problems.add(finding(EngineRule.UNUSED_SUPPRESSION, suppression, "this suppression cannot be read: "
            + suppression.problem().get()));
        continue;
      }
      if (suppression.reason().isEmpty()) {
        problems.add(finding(EngineRule.SUPPRESSION_WITHOUT_REASON, suppression,
            "suppression of '" + ids(suppression) + "' gives no reason; add reason=\"...\""));
      }
      if (suppression.isExpired(today)) {
        problems.add(finding(EngineRule.EXPIRED_SUPPRESSION, suppression, "suppression of '" + ids(suppression)
            + "' expired on " + suppression.until().get() + "; fix the finding or set a later until="));
        continue;
      }
      Set<RuleId> usedIds = used.getOrDefault(suppression, Set.of());
      for (Located<String> written : suppression.ruleIds()) {
        Optional<RuleId> id = resolve(written.value());
        if (id.isEmpty()) {
          problems.add(new Finding(EngineRule.UNUSED_SUPPRESSION.id(), EngineRule.UNUSED_SUPPRESSION.defaultSeverity(),
              written.span(), "'" + written.value() + "' names no rule; ipseclint --list-rules shows them", List.of()));
        } else if (!usedIds.contains(id.get()) && enabled.test(id.get())) {
          problems.add(new Finding(EngineRule.UNUSED_SUPPRESSION.id(), EngineRule.UNUSED_SUPPRESSION.defaultSeverity(),
              written.span(), "suppression of '" + written.value() + "' suppresses nothing in this "
                  + suppression.scope().name().toLowerCase(java.util.Locale.ROOT) + "; remove it", List.of()));
        }
      }
    }
    return problems;
  }

  private Optional<RuleId> resolve(String written) {
    return registry.find(written).map(RuleDescriptor::id);
  }

  private static String ids(Suppression suppression) {
    return String.join(",", suppression.ruleIds().stream().map(Located::value).toList());
  }

  private static Finding finding(EngineRule rule, Suppression suppression, String message) {
    return new Finding(rule.id(), rule.defaultSeverity(), suppression.comment(), message, List.of());
  }
}
