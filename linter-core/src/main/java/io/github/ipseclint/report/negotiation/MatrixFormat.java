// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of the {@code matrix} report, by the name {@code --format} takes. */
public enum MatrixFormat {
  MARKDOWN,
  HTML;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MatrixFormat> fromLabel(String label) {
    return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
  }

  public String render(SimulationInput input) {
    ProposalMatrix matrix = ProposalMatrix.of(input);
    return switch (this) {
      case MARKDOWN -> MatrixMarkdown.render(matrix);
      case HTML -> MatrixHtml.render(matrix);
    };
  }
}
