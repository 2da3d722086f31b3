// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.report.negotiation.MatrixLayout.Block;
import io.github.ipseclint.report.negotiation.MatrixLayout.Cell;
import io.github.ipseclint.report.negotiation.MatrixLayout.Grid;
import io.github.ipseclint.report.negotiation.MatrixLayout.Heading;
import io.github.ipseclint.report.negotiation.MatrixLayout.Paragraph;
import java.util.List;

/**
 * The proposal matrix as one self-contained HTML page (styles inline, no scripts, nothing
 * loaded from elsewhere), to attach to a change request or mail to the other team. All text is
 * escaped.
 */
public final class MatrixHtml {
  private static final String STYLE = String.join("\n",
      "body { font-family: system-ui, sans-serif; margin: 2em; color: #1b1b1b; }",
      "table { border-collapse: collapse; margin: 0.5em 0 1.5em; }",
      "th, td { border: 1px solid #c8c8c8; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }",
      "th { background: #f0f0f0; }",
      "code { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }",
      ".note { color: #6a6a6a; }");

  private MatrixHtml() {}

  public static String render(ProposalMatrix matrix) {
    List<Block> blocks = MatrixLayout.of(matrix);
    String title = blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).findFirst()
        .map(Heading::text).orElse("Proposal matrix");
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    for (Block block : blocks) {
      if (block instanceof Heading heading) {
        out.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
            .append("</h").append(heading.level()).append(">\n");
      } else if (block instanceof Paragraph paragraph) {
        out.append("<p>").append(escape(paragraph.text())).append("</p>\n");
      } else if (block instanceof Grid grid) {
        grid(out, grid);
      }
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void grid(StringBuilder out, Grid grid) {
    out.append("<table>\n<thead><tr>");
    grid.header().forEach(header -> out.append("<th>").append(escape(header)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> cells : grid.rows()) {
      out.append("<tr>");
      cells.forEach(cell -> out.append("<td>").append(cell(cell)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String cell(Cell cell) {
    String text = cell.code() ? "<code>" + escape(cell.text()) + "</code>" : escape(cell.text());
    return text + cell.note().map(note -> " <span class=\"note\">" + escape(note) + "</span>").orElse("");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
