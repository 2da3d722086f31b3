// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** The SARIF rule table ({@code tool.driver.rules[]}), generated from the rule metadata (STYLE §6). */
final class SarifRules {
  private SarifRules() {}

  static ReportingDescriptor descriptor(RuleDescriptor rule, ToolInfo tool) {
    ReportingDescriptor descriptor = new ReportingDescriptor();
    descriptor.setId(rule.id().value());
    // SARIF1001: a name that equals the id (ignoring case, as for 'ikev1'/'Ikev1') must be omitted.
    if (!rule.name().equalsIgnoreCase(rule.id().value())) {
      descriptor.setName(rule.name());
    }
    if (!rule.aliases().isEmpty()) {
      Set<String> aliases = new LinkedHashSet<>();
      rule.aliases().forEach(alias -> aliases.add(alias.value()));
      descriptor.setDeprecatedIds(aliases);
    }
    descriptor.setShortDescription(plain(sentence(rule.description())));
    descriptor.setFullDescription(plain(sentence(rule.description()) + " " + why(rule.help())));
    MultiformatMessageString help = new MultiformatMessageString();
    help.setText(rule.help());
    help.setMarkdown(rule.help());
    descriptor.setHelp(help);
    descriptor.setHelpUri(tool.ruleHelpUri(rule.id().value()));
    ReportingConfiguration configuration = new ReportingConfiguration();
    configuration.setLevel(level(rule.severity()));
    descriptor.setDefaultConfiguration(configuration);
    PropertyBag properties = new PropertyBag();
    Set<String> tags = new TreeSet<>();
    rule.tags().stream().map(Tag::label).forEach(tags::add);
    properties.setTags(tags);
    // Rules read the configuration exactly as the daemon does: no heuristics, so no false positives by design.
    properties.setAdditionalProperty("precision", "very-high");
    rule.securitySeverity().ifPresent(score -> properties.setAdditionalProperty("security-severity",
        String.format(java.util.Locale.ROOT, "%.1f", score)));
    descriptor.setProperties(properties);
    return descriptor;
  }

  static ReportingConfiguration.Level level(Severity severity) {
    return switch (severity) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case NOTE -> ReportingConfiguration.Level.NOTE;
    };
  }

  /** SARIF asks plain-text messages to be complete sentences ending in a period. */
  static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
  }

  static MultiformatMessageString plain(String text) {
    MultiformatMessageString message = new MultiformatMessageString();
    message.setText(text);
    return message;
  }

  /** The first paragraph of the help file's {@code ## Why} section, as one line. */
  private static String why(String help) {
    int start = help.indexOf("## Why");
    if (start < 0) {
      return "";
    }
    String rest = help.substring(start + "## Why".length()).strip();
    int end = rest.indexOf("\n\n");
    String paragraph = (end < 0 ? rest : rest.substring(0, end)).replaceAll("\\s+", " ").strip();
    return paragraph.startsWith("#") ? "" : paragraph;
  }
}
