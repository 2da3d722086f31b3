// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.suppression;

import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One {@code # ipseclint: disable=<id>[,<id>] reason="..." [until=YYYY-MM-DD]} comment (or
 * {@code disable-file=}).
 *
 * @param ruleIds the ids as written, each with its place in the comment
 * @param comment where the comment is
 * @param firstLine the first line covered
 * @param lastLine the last line covered (inclusive)
 * @param problem why the comment could not be read; it then suppresses nothing
 */
public record Suppression(
    SuppressionScope scope,
    List<Located<String>> ruleIds,
    Optional<String> reason,
    Optional<LocalDate> until,
    Span comment,
    int firstLine,
    int lastLine,
    Optional<String> problem) {

  public Suppression {
    ruleIds = List.copyOf(ruleIds);
  }

  public SourceFile file() {
    return comment.file();
  }

  /** True when the line of {@code span}'s start is in the covered lines of the same file. */
  public boolean covers(Span span) {
    return span.file().displayPath().equals(file().displayPath())
        && span.line() >= firstLine && span.line() <= lastLine;
  }

  /** True when {@code until} is before {@code today}: the suppression no longer applies. */
  public boolean isExpired(LocalDate today) {
    return until.map(date -> date.isBefore(today)).orElse(false);
  }
}
