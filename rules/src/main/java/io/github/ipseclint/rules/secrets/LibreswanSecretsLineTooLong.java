// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;

/**
 * pluto reads ipsec.secrets through a 2048-byte line buffer (formats.md §6.1, P23): a longer line
 * is split and the rest read as a new record at column 0, so the entry on it breaks.
 */
@LintRule(id = "libreswan-secrets-line-too-long", name = "LibreswanSecretsLineTooLong", severity = Severity.ERROR,
    tags = {Tag.SECRETS, Tag.SYNTAX},
    description = "A line of a Libreswan ipsec.secrets is longer than pluto's 2047-byte line buffer, so the entry on it breaks")
public final class LibreswanSecretsLineTooLong implements DocumentRule {
  /** pluto's line buffer is 2048 bytes including the terminating NUL (formats.md §6.1). */
  private static final int MAX_LINE_BYTES = 2047;

  @Override
  public void check(Document document, Reporter reporter) {
    if (!(document instanceof SecretsDocument secrets)
        || document.target().implementation() != Implementation.LIBRESWAN) {
      return;
    }
    for (SecretsFile tree : secrets.trees()) {
      SourceFile file = tree.file();
      for (int line = 1; line <= file.lineCount(); line++) {
        int length = file.line(line).length();
        if (length > MAX_LINE_BYTES) {
          reporter.report(new Span(file, line, 1, line, MAX_LINE_BYTES + 1), "this line is %d bytes, longer than"
              + " pluto's %d-byte line buffer: pluto reads the %d bytes after them as new records, so the entry breaks"
              + " and its key is not loaded as written; keep lines under %d bytes (indices may go on indented"
              + " continuation lines, or use a shorter key)", length, MAX_LINE_BYTES, length - MAX_LINE_BYTES,
              MAX_LINE_BYTES + 1);
        }
      }
    }
  }
}
