// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule reference, generated from the metadata and help files: one page per rule ({@code
 * docs/rules/<id>.md}) and an index ({@code docs/rules/README.md}). Never edited by hand.
 */
public final class RuleDocs {
  private static final String GENERATED =
      "<!-- Generated from the rule metadata and help file; run the build with -Dipseclint.updateDocs=true. -->\n";

  private RuleDocs() {}

  /** The file name of a rule's page. */
  public static String fileName(RuleDescriptor rule) {
    return rule.id() + ".md";
  }

  public static String page(RuleDescriptor rule) {
    StringBuilder out = new StringBuilder(GENERATED);
    out.append("# ").append(rule.id()).append("\n\n");
    out.append(rule.description()).append(".\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| Name | `").append(rule.name()).append("` |\n");
    out.append("| Default severity | ").append(rule.severity().label()).append(" |\n");
    out.append("| Tags | ").append(tags(rule)).append(" |\n");
    rule.securitySeverity().ifPresent(score -> out.append("| Security severity | ").append(score).append(" |\n"));
    if (!rule.aliases().isEmpty()) {
      out.append("| Aliases | ").append(rule.aliases().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    if (!rule.options().isEmpty()) {
      out.append("| Options | ").append(rule.options().stream().sorted().map(o -> "`" + o + "`")
          .collect(Collectors.joining(", "))).append(" |\n");
    }
    out.append("| Reported by | ").append(rule.isDeclaredOnly() ? "the parser or the engine" : "the rule").append(" |\n\n");
    out.append(rule.help().strip()).append('\n');
    return out.toString();
  }

  public static String index(List<RuleDescriptor> rules) {
    StringBuilder out = new StringBuilder(GENERATED);
    out.append("# Rules\n\n");
    out.append("Every rule ipseclint knows. Change a severity or switch a rule off in `.ipseclint.yaml`; ")
        .append("`ipseclint --explain <id>` prints a rule's page.\n\n");
    out.append("| Rule | Severity | Tags | Description |\n|---|---|---|---|\n");
    for (RuleDescriptor rule : rules) {
      out.append("| [").append(rule.id()).append("](").append(fileName(rule)).append(") | ")
          .append(rule.severity().label()).append(" | ").append(tags(rule)).append(" | ")
          .append(rule.description()).append(" |\n");
    }
    return out.toString();
  }

  /** The tags as their labels, sorted. */
  public static String tags(RuleDescriptor rule) {
    return rule.tags().stream().map(Tag::label).sorted().collect(Collectors.joining(", "));
  }
}
