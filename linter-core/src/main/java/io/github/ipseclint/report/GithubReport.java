// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;
import java.util.EnumMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...::message}) and a Markdown job summary.
 * GitHub shows at most {@value #SHOWN_PER_LEVEL} annotations of each level per step; the rest are
 * printed as plain log lines and counted in one line per level, so none is silently lost.
 */
public final class GithubReport {
  /** Annotations GitHub shows per level and step (docs: "Workflow commands", annotation limits). */
  public static final int SHOWN_PER_LEVEL = 10;

  /** Rows of the job summary's finding table; summaries are limited to 1 MiB per step. */
  static final int SUMMARY_ROWS = 200;

  private GithubReport() {}

  public static String render(ReportInput input) {
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
    Map<Severity, Integer> unshown = new EnumMap<>(Severity.class);
    for (LintFinding lint : input.result().active()) {
      Finding finding = lint.finding();
      Span span = finding.span();
      int count = shown.merge(finding.severity(), 1, Integer::sum);
      if (count > SHOWN_PER_LEVEL) {
        unshown.merge(finding.severity(), 1, Integer::sum);
        out.append(input.path(span.file())).append(':').append(span.line()).append(':').append(span.column())
            .append(": ").append(finding.severity().label()).append(": ").append(finding.message())
            .append(" [").append(finding.rule().value()).append("]\n");
        continue;
      }
      out.append("::").append(command(finding.severity()))
          .append(" file=").append(property(input.path(span.file())))
          .append(",line=").append(span.line())
          .append(",col=").append(SourceLines.utf16Column(span.file(), span.line(), span.column()))
          .append(",endLine=").append(span.endLine());
      if (span.endLine() == span.line()) {
        out.append(",endColumn=").append(SourceLines.utf16Column(span.file(), span.endLine(), span.endColumn()));
      }
      out.append(",title=").append(property("ipseclint " + finding.rule().value()))
          .append("::").append(data(finding.message())).append('\n');
    }
    unshown.forEach((severity, count) -> out.append("ipseclint: ").append(count).append(" more ")
        .append(severity.label()).append(count == 1 ? "" : "s").append(" than GitHub annotates per step (").append(SHOWN_PER_LEVEL)
        .append("); they are listed above and in the job summary\n"));
    return out.toString();
  }

  /** The Markdown job summary for {@code $GITHUB_STEP_SUMMARY}. */
  public static String summary(ReportInput input) {
    var result = input.result();
    StringBuilder out = new StringBuilder("## ipseclint\n\n")
        .append("| Errors | Warnings | Notes | Files |\n|---:|---:|---:|---:|\n")
        .append("| ").append(result.count(Severity.ERROR)).append(" | ").append(result.count(Severity.WARNING))
        .append(" | ").append(result.count(Severity.NOTE)).append(" | ").append(result.fileCount()).append(" |\n\n");
    if (result.active().isEmpty()) {
      return out.append("No findings.\n").toString();
    }
    out.append("| Severity | Location | Rule | Message |\n|---|---|---|---|\n");
    int rows = 0;
    for (LintFinding lint : result.active()) {
      if (rows++ == SUMMARY_ROWS) {
        out.append("\n").append(result.active().size() - SUMMARY_ROWS)
            .append(" more findings are in the log and the SARIF report.\n");
        break;
      }
      Finding finding = lint.finding();
      out.append("| ").append(finding.severity().label())
          .append(" | `").append(cell(input.path(finding.span().file()))).append(':').append(finding.span().line())
          .append("` | [").append(finding.rule().value()).append("](")
          .append(input.tool().ruleHelpUri(finding.rule().value())).append(") | ")
          .append(cell(finding.message())).append(" |\n");
    }
    return out.toString();
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** Escaping of workflow command data (the message). */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of workflow command properties, which also end at {@code ,} and {@code :}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
  }
}
