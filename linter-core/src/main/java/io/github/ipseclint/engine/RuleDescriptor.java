// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule with its metadata and help text, as the registry holds it.
 *
 * @param help the Markdown help file ({@code ## Why}, {@code ## Example}, {@code ## Fix}, {@code
 *     ## References})
 */
public record RuleDescriptor(
    RuleId id,
    String name,
    Severity severity,
    String description,
    Set<Tag> tags,
    OptionalDouble securitySeverity,
    List<RuleId> aliases,
    Set<String> options,
    Rule rule,
    String help) {

  private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

  public RuleDescriptor {
    tags = Set.copyOf(tags);
    aliases = List.copyOf(aliases);
    options = Set.copyOf(options);
  }

  /**
   * Reads a rule's {@link LintRule} annotation.
   *
   * @throws IllegalStateException when the metadata breaks the rules of STYLE.md §5 (a bug in the
   *     rule pack, found at start)
   */
  public static RuleDescriptor of(Rule rule, String help) {
    Class<?> type = rule.getClass();
    LintRule meta = type.getAnnotation(LintRule.class);
    if (meta == null) {
      throw new IllegalStateException(type.getName() + " has no @LintRule");
    }
    RuleId id = parseId(meta.id(), type);
    if (!PASCAL_CASE.matcher(meta.name()).matches() || !meta.name().equals(upperCamel(meta.id()))) {
      throw new IllegalStateException(type.getName() + ": name must be the id in PascalCase, "
          + upperCamel(meta.id()) + ", not " + meta.name());
    }
    String description = meta.description();
    if (description.isBlank() || description.endsWith(".") || description.contains("\n")) {
      throw new IllegalStateException(type.getName() + ": the description is one sentence without a trailing period");
    }
    Set<Tag> tags = Set.copyOf(Arrays.asList(meta.tags()));
    if (tags.isEmpty()) {
      throw new IllegalStateException(type.getName() + ": a rule needs at least one tag");
    }
    double score = meta.securitySeverity();
    boolean security = tags.contains(Tag.SECURITY);
    if (security != (score >= 0) || score > 10.0) {
      throw new IllegalStateException(type.getName()
          + ": security rules, and only they, have a security-severity between 0.0 and 10.0");
    }
    List<RuleId> aliases = Arrays.stream(meta.aliases()).map(alias -> parseId(alias, type)).toList();
    return new RuleDescriptor(id, meta.name(), meta.severity(), description, tags,
        security ? OptionalDouble.of(score) : OptionalDouble.empty(), aliases,
        Set.copyOf(Arrays.asList(meta.options())), rule, help);
  }

  /** {@code weak-ike-dh-group} to {@code WeakIkeDhGroup}: the class name and the SARIF name. */
  public static String upperCamel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.toString();
  }

  private static RuleId parseId(String text, Class<?> type) {
    try {
      return new RuleId(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** True when the configuration or the daemon's parser, not the engine, runs this rule. */
  public boolean isDeclaredOnly() {
    return rule instanceof DeclaredRule;
  }
}
