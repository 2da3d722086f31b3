// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.RuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every known rule, sorted by id. Built once at start; a bad or duplicate id (or alias), or a
 * rule without help, is a bug in a rule pack and fails the start with an {@link
 * IllegalStateException}.
 */
public final class RuleRegistry {
  private final List<RuleDescriptor> rules;
  private final Map<String, RuleDescriptor> byIdOrAlias;

  private RuleRegistry(List<RuleDescriptor> rules) {
    List<RuleDescriptor> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(RuleDescriptor::id));
    this.rules = List.copyOf(sorted);
    Map<String, RuleDescriptor> index = new HashMap<>();
    for (RuleDescriptor rule : sorted) {
      claim(index, rule.id(), rule);
      rule.aliases().forEach(alias -> claim(index, alias, rule));
    }
    this.byIdOrAlias = Map.copyOf(index);
  }

  private static void claim(Map<String, RuleDescriptor> index, RuleId id, RuleDescriptor rule) {
    RuleDescriptor earlier = index.putIfAbsent(id.value(), rule);
    if (earlier != null) {
      throw new IllegalStateException("rule id '" + id + "' is used by both "
          + earlier.rule().getClass().getName() + " and " + rule.rule().getClass().getName());
    }
  }

  /** The rules of every {@link RulePack} on the class path. */
  public static RuleRegistry discover() {
    List<RulePack> packs = new ArrayList<>();
    ServiceLoader.load(RulePack.class).forEach(packs::add);
    return of(packs);
  }

  public static RuleRegistry of(List<RulePack> packs) {
    List<RuleDescriptor> rules = new ArrayList<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        String id = Optional.ofNullable(rule.getClass().getAnnotation(LintRule.class))
            .map(LintRule::id)
            .orElseThrow(() -> new IllegalStateException(rule.getClass().getName() + " has no @LintRule"));
        String help = pack.help(id).orElseThrow(() -> new IllegalStateException(
            "rule '" + id + "' has no help file " + RulePack.HELP_FOLDER + id + ".md"));
        rules.add(RuleDescriptor.of(rule, help));
      }
    }
    return new RuleRegistry(rules);
  }

  /** Every rule, sorted by id. */
  public List<RuleDescriptor> all() {
    return rules;
  }

  /** The rule with this id or alias. */
  public Optional<RuleDescriptor> find(String idOrAlias) {
    return Optional.ofNullable(byIdOrAlias.get(idOrAlias));
  }

  /** The rule with this id, or empty for an id no pack declares (its findings still count). */
  public Optional<RuleDescriptor> find(RuleId id) {
    return find(id.value());
  }
}
