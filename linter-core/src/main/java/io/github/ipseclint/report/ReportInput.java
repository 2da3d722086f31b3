// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.model.source.SourceFile;
import java.util.Optional;

/**
 * Everything a report is rendered from.
 *
 * @param stdinAlias when standard input was read through a temporary file: that file's display
 *     path and the name given with {@code --stdin-filename}, which reports show instead
 */
public record ReportInput(LintResult result, RuleRegistry registry, ToolInfo tool, Optional<StdinAlias> stdinAlias) {

  /** A temporary file standing for standard input, and the name it is reported under. */
  public record StdinAlias(String temporaryPath, String shownAs) {}

  /** The path a report shows for {@code file}: relative to the working directory where possible. */
  public String path(SourceFile file) {
    String path = file.displayPath();
    if (stdinAlias.isPresent() && path.equals(stdinAlias.get().temporaryPath())) {
      return stdinAlias.get().shownAs();
    }
    return path;
  }
}
