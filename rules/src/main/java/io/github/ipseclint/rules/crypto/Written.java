// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/** The text a span covers, for quoting a proposal or token as written. */
final class Written {
  private Written() {}

  /** The text of a one-line span; empty for a span over several lines or a whole line. */
  static Optional<String> text(Span span) {
    if (span.line() != span.endLine() || span.endColumn() <= span.column()) {
      return Optional.empty();
    }
    SourceFile file = span.file();
    int start = file.offset(span.line(), span.column());
    int end = file.offset(span.endLine(), span.endColumn());
    String text = file.slice(start, end).latin1();
    return text.isBlank() || text.contains("\n") ? Optional.empty() : Optional.of(text.strip());
  }
}
