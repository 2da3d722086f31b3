// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.secrets.SecretsInclude;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.ReadContext;
import io.github.ipseclint.parse.include.IncludeBase;
import io.github.ipseclint.parse.include.IncludeExpansion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Expands an {@code include} of either secrets dialect (both resolve it against the including
 * file's directory) and reports a failure once, in the words the daemon logs it.
 */
final class SecretsIncludes {
  private SecretsIncludes() {}

  /** What a daemon logs when an include fails: for an unreadable file name, for an unmatched pattern. */
  record Wording(UnaryOperator<String> unreadable, UnaryOperator<String> noMatch) {}

  /**
   * The files the include reads, in glob order.
   *
   * @param firstRead report problems only the first time a file is read (an included file can be
   *     read again through another include)
   */
  static List<SourceFile> expand(SourceFile file, SecretsInclude include, ReadContext context,
      boolean firstRead, Wording wording) {
    IncludeExpansion expansion =
        context.includes().expand(file, include.pattern().value(), IncludeBase.INCLUDING_FILE_DIRECTORY);
    if (firstRead) {
      String pattern = include.pattern().value().display();
      for (Path unreadable : expansion.unreadable()) {
        context.findings().report(CoreRule.UNREADABLE_FILE, include.pattern().span(),
            wording.unreadable().apply(unreadable.getFileName().toString()));
      }
      if (expansion.outcome() == IncludeExpansion.Outcome.NO_MATCH) {
        context.findings().report(CoreRule.UNRESOLVED_INCLUDE, include.pattern().span(), wording.noMatch().apply(pattern));
      } else if (expansion.outcome() == IncludeExpansion.Outcome.OUTSIDE_ROOT) {
        context.findings().report(CoreRule.UNRESOLVED_INCLUDE, include.pattern().span(),
            wording.noMatch().apply(pattern) + ": it leads outside the scanned root");
      }
    }
    return expansion.files();
  }
}
