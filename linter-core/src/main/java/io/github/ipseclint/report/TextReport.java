// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;

/**
 * For people: {@code path:line:col: severity: message [rule-id]} (byte columns, as the daemons and
 * compilers count), then the source line with a caret under the span, secrets masked.
 */
public final class TextReport {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREEN = "\u001b[32m";
  private static final String CYAN = "\u001b[36m";

  private final ReportInput input;
  private final SourceLines sources;
  private final boolean color;

  private TextReport(ReportInput input, boolean color) {
    this.input = input;
    this.sources = new SourceLines(input.result().files().stream().map(file -> file.document()).toList());
    this.color = color;
  }

  /** The findings, each with its source line; {@code color} adds ANSI escapes. */
  public static String render(ReportInput input, boolean color) {
    return new TextReport(input, color).render();
  }

  /** {@code 2 errors, 1 warning, 0 notes in 3 files}. */
  public static String summary(LintResult result) {
    return plural(result.count(Severity.ERROR), "error") + ", "
        + plural(result.count(Severity.WARNING), "warning") + ", "
        + plural(result.count(Severity.NOTE), "note") + " in "
        + plural(result.fileCount(), "file");
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    for (LintFinding lint : input.result().findings()) {
      Finding finding = lint.finding();
      Span span = finding.span();
      out.append(paint(BOLD, input.path(span.file()) + ":" + span.line() + ":" + span.column() + ":"))
          .append(' ').append(paint(severityColor(finding.severity()), finding.severity().label() + ":"))
          .append(' ').append(finding.message())
          .append(' ').append(paint(CYAN, "[" + finding.rule().value() + "]"))
          .append(lint.suppressed() ? " (suppressed)" : "").append('\n');
      excerpt(out, span);
      for (RelatedLocation related : finding.related()) {
        Span place = related.span();
        out.append(paint(BOLD, input.path(place.file()) + ":" + place.line() + ":" + place.column() + ":"))
            .append(' ').append(paint(BOLD, "note:")).append(' ').append(related.message()).append('\n');
        excerpt(out, place);
      }
    }
    return out.toString();
  }

  private void excerpt(StringBuilder out, Span span) {
    String line = sources.line(span.file(), span.line()).replace("\t", " ").replace("\r", "");
    if (line.isBlank()) {
      return;
    }
    int start = Math.min(SourceLines.utf16Column(span.file(), span.line(), span.column()), line.length() + 1);
    int end = span.endLine() == span.line()
        ? SourceLines.utf16Column(span.file(), span.line(), span.endColumn()) : line.length() + 1;
    if (sources.isRedacted(span.file(), span.line())) {
      // The masked line is rebuilt, so the span's columns do not apply: underline all of it.
      start = line.length() - line.stripLeading().length() + 1;
      end = line.length() + 1;
    }
    int width = Math.max(1, Math.min(end, line.length() + 1) - start);
    out.append("    ").append(line).append('\n')
        .append("    ").append(" ".repeat(start - 1)).append(paint(GREEN, "^" + "~".repeat(width - 1))).append('\n');
  }

  private String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;35m";
      case NOTE -> "\u001b[1;36m";
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
