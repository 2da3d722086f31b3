// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.report.negotiation.MatrixLayout.Block;
import io.github.ipseclint.report.negotiation.MatrixLayout.Cell;
import io.github.ipseclint.report.negotiation.MatrixLayout.Grid;
import io.github.ipseclint.report.negotiation.MatrixLayout.Heading;
import io.github.ipseclint.report.negotiation.MatrixLayout.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The proposal matrix as GitHub-flavoured Markdown, for a pull request or a wiki page. Text from
 * the configuration files is escaped, so a path or an ID cannot break the tables.
 */
public final class MatrixMarkdown {
  /** Characters that start Markdown or HTML syntax anywhere in a line. */
  private static final String SPECIAL = "\\`*[]<>|";

  private MatrixMarkdown() {}

  public static String render(ProposalMatrix matrix) {
    StringBuilder out = new StringBuilder();
    for (Block block : MatrixLayout.of(matrix)) {
      if (block instanceof Heading heading) {
        out.append("#".repeat(heading.level())).append(' ').append(escape(heading.text())).append("\n\n");
      } else if (block instanceof Paragraph paragraph) {
        out.append(escape(paragraph.text())).append("\n\n");
      } else if (block instanceof Grid grid) {
        grid(out, grid);
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void grid(StringBuilder out, Grid grid) {
    out.append(row(grid.header().stream().map(MatrixMarkdown::escape).toList()));
    out.append(row(grid.header().stream().map(header -> "---").toList()));
    for (List<Cell> cells : grid.rows()) {
      out.append(row(cells.stream().map(MatrixMarkdown::cell).toList()));
    }
    out.append('\n');
  }

  private static String row(List<String> cells) {
    return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  private static String cell(Cell cell) {
    // A code span cannot escape a backquote, and a | ends the cell even inside one.
    boolean asCode = cell.code() && cell.text().indexOf('`') < 0 && cell.text().indexOf('|') < 0;
    String text = asCode ? "`" + flat(cell.text()) + "`" : escape(cell.text());
    return text + cell.note().map(note -> " " + escape(note)).orElse("");
  }

  /**
   * Escapes what Markdown would read as syntax; an underscore only at a word's edge (GitHub never
   * reads one inside a word, as in IKE_SA_INIT, as emphasis) and a # only at the start.
   */
  static String escape(String text) {
    String flat = flat(text);
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean inWord = i > 0 && i < flat.length() - 1
          && Character.isLetterOrDigit(flat.charAt(i - 1)) && Character.isLetterOrDigit(flat.charAt(i + 1));
      if (SPECIAL.indexOf(c) >= 0 || (c == '_' && !inWord) || (c == '#' && i == 0)) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Table cells and headings are one line each. */
  private static String flat(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
