// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.source;

/**
 * A region of a source file: 1-based lines and byte columns, the end column exclusive (as in
 * SARIF). An empty span ({@code column == endColumn} on one line) marks a point.
 */
public record Span(SourceFile file, int line, int column, int endLine, int endColumn) {

  public Span {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span covering one whole line (up to, not including, its line feed). */
  public static Span ofLine(SourceFile file, int line) {
    return new Span(file, line, 1, line, file.line(line).length() + 1);
  }

  /** The smallest span covering both (which must be in the same file). */
  public Span to(Span other) {
    boolean thisStartsFirst =
        line < other.line || (line == other.line && column <= other.column);
    boolean thisEndsLast =
        endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
    Span start = thisStartsFirst ? this : other;
    Span end = thisEndsLast ? this : other;
    return new Span(file, start.line, start.column, end.endLine, end.endColumn);
  }

  /** The point where this span starts. */
  public Span start() {
    return new Span(file, line, column, line, column);
  }

  /** {@code line:column-endLine:endColumn}, the form used in dumps. */
  public String range() {
    return line + ":" + column + "-" + endLine + ":" + endColumn;
  }

  @Override
  public String toString() {
    return file.displayPath() + ":" + range();
  }
}
