// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats, by the name {@code --format} takes. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> fromLabel(String label) {
    return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
  }

  /** The report in this format; {@code color} matters for text only. */
  public String render(ReportInput input, boolean color) {
    return switch (this) {
      case TEXT -> TextReport.render(input, color);
      case JSON -> JsonReport.render(input);
      case SARIF -> SarifReport.render(input);
      case GITHUB -> GithubReport.render(input);
    };
  }
}
