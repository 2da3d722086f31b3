// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.report.GithubReport;
import io.github.ipseclint.report.ReportFormat;
import io.github.ipseclint.report.ReportInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/** Writes the rendered reports where {@code --format}/{@code --output} sent them. */
final class Reports {
  private Reports() {}

  /** False after an I/O error, which has then been reported on {@code err}. */
  static boolean write(ReportInput input, List<OutputOptions.Target> targets, OutputOptions options,
      Map<String, String> environment, PrintWriter out, PrintWriter err) {
    for (OutputOptions.Target target : targets) {
      String report = target.format().render(input, options.colorFor(target.file(), environment));
      if (target.file().isEmpty()) {
        out.print(report);
        out.flush();
      } else if (!writeFile(target.file().get(), report, false, err)) {
        return false;
      }
      String summary = environment.get("GITHUB_STEP_SUMMARY");
      if (target.format() == ReportFormat.GITHUB && summary != null && !summary.isEmpty()
          && !writeFile(Path.of(summary), GithubReport.summary(input), true, err)) {
        return false;
      }
    }
    return true;
  }

  private static boolean writeFile(Path file, String text, boolean append, PrintWriter err) {
    try {
      if (append) {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      return true;
    } catch (IOException e) {
      err.println("ipseclint: cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
      return false;
    }
  }
}
