// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import java.util.List;

/**
 * A mechanical fix for a finding: edits that make the finding go away without a judgement call
 * (append the strict '!', correct a misspelt keyword). SARIF viewers offer it as a quick fix.
 */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    edits = List.copyOf(edits);
  }

  public static Fix of(String description, TextEdit edit) {
    return new Fix(description, List.of(edit));
  }
}
