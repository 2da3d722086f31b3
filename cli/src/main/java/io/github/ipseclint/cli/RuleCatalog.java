// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleDocs;
import io.github.ipseclint.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code --list-rules} and {@code --explain RULE}, printed from the rule metadata. */
final class RuleCatalog {
  private RuleCatalog() {}

  static int list(RuleRegistry registry, PrintWriter out) {
    int width = registry.all().stream().mapToInt(rule -> rule.id().value().length()).max().orElse(0);
    for (RuleDescriptor rule : registry.all()) {
      out.printf("%-" + width + "s  %-7s  %-24s  %s%n", rule.id(), rule.severity().label(),
          RuleDocs.tags(rule), rule.description());
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  static int explain(RuleRegistry registry, String id, PrintWriter out, PrintWriter err) {
    Optional<RuleDescriptor> rule = registry.find(id);
    if (rule.isEmpty()) {
      err.println("ipseclint: unknown rule '" + id + "'; ipseclint --list-rules shows them");
      return ExitCode.USAGE;
    }
    out.print(RuleDocs.page(rule.get()));
    out.flush();
    return ExitCode.CLEAN;
  }
}
