// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes of one configuration file and the name it is reported under.
 *
 * <p>The daemons read bytes, never characters, so the file is kept as bytes. {@link #text()}
 * maps each byte to the char of the same value (ISO-8859-1), which lets the ANTLR lexers work
 * byte by byte while every value stays byte-exact; {@link ByteText#display()} turns such text
 * back into readable UTF-8 for messages. Columns everywhere are therefore byte columns.
 */
public final class SourceFile {
  private final String displayPath;
  private final Path path;
  private final byte[] bytes;
  private final int[] lineStarts;

  private SourceFile(String displayPath, Path path, byte[] bytes) {
    this.displayPath = displayPath;
    this.path = path;
    this.bytes = bytes.clone();
    this.lineStarts = indexLines(this.bytes);
  }

  /** A file read from disk, reported as {@code displayPath} (relative to the scan root). */
  public static SourceFile of(String displayPath, Path path, byte[] bytes) {
    return new SourceFile(displayPath, path, bytes);
  }

  /** A file without a place on disk (standard input, tests). */
  public static SourceFile inMemory(String displayPath, byte[] bytes) {
    return new SourceFile(displayPath, null, bytes);
  }

  /** A file without a place on disk, from text whose chars are all below 256. */
  public static SourceFile inMemory(String displayPath, String latin1Text) {
    return new SourceFile(displayPath, null, latin1Text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static int[] indexLines(byte[] bytes) {
    int count = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  public String displayPath() {
    return displayPath;
  }

  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The content with one char per byte (ISO-8859-1), as the lexers see it. */
  public String text() {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /**
   * The bytes {@code [startOffset, endOffset)}, clamped to the file: what a span covers, without
   * copying the whole file ({@link #bytes()}, {@link #text()}) for each finding of a large file.
   */
  public ByteText slice(int startOffset, int endOffset) {
    int start = Math.min(Math.max(startOffset, 0), bytes.length);
    int end = Math.min(Math.max(endOffset, start), bytes.length);
    return new ByteText(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
  }

  /** The byte at a 0-based offset. */
  public byte byteAt(int offset) {
    return bytes[offset];
  }

  public boolean endsWithNewline() {
    return bytes.length > 0 && bytes[bytes.length - 1] == '\n';
  }

  /** Number of lines; a final line without a newline counts, an empty last line does not. */
  public int lineCount() {
    return endsWithNewline() || bytes.length == 0 ? lineStarts.length - 1 : lineStarts.length;
  }

  /** The raw bytes of a 1-based line, without its line feed (a CR stays: daemons keep it). */
  public ByteText line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return ByteText.EMPTY;
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : bytes.length;
    return new ByteText(new String(bytes, start, Math.max(start, end) - start, StandardCharsets.ISO_8859_1));
  }

  /** The 0-based byte offset of a 1-based line and column. */
  public int offset(int line, int column) {
    int index = Math.min(Math.max(line, 1), lineStarts.length) - 1;
    return Math.min(lineStarts[index] + column - 1, bytes.length);
  }

  /** The 1-based line of a 0-based byte offset. */
  public int lineOf(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of a 0-based byte offset. */
  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  /** The span of bytes {@code [startOffset, endOffset)}. */
  public Span span(int startOffset, int endOffset) {
    return spanFromLine(lineOf(startOffset), startOffset, endOffset);
  }

  /**
   * The span of bytes {@code [startOffset, endOffset)} when the caller already knows the start
   * line (a lexer counts lines as it goes); a hint that does not hold is ignored.
   */
  public Span span(int startOffset, int endOffset, int startLineHint) {
    boolean hintHolds = startLineHint >= 1 && startLineHint <= lineStarts.length
        && lineStarts[startLineHint - 1] <= startOffset
        && (startLineHint == lineStarts.length || startOffset < lineStarts[startLineHint]);
    return spanFromLine(hintHolds ? startLineHint : lineOf(startOffset), startOffset, endOffset);
  }

  private Span spanFromLine(int line, int startOffset, int endOffset) {
    // One line search per end (columnOf would search again); most spans end on their start line.
    int endLine = endOffset >= startOffset && (line == lineStarts.length || endOffset < lineStarts[line])
        ? line
        : lineOf(endOffset);
    return new Span(this, line, startOffset - lineStarts[line - 1] + 1, endLine,
        endOffset - lineStarts[endLine - 1] + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceFile that
        && displayPath.equals(that.displayPath)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return displayPath.hashCode();
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
