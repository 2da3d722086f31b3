// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Libreswan reads ipsec.secrets with a 2048-byte line buffer, so a physical line longer than 2047
 * bytes continues as a new line at column 0 (formats.md §6.1). The lexer is fed the text with a
 * line feed inserted at each such cut (and one at the end of a file without a final newline);
 * this token factory maps every token back to the real bytes, so spans never point at the
 * inserted characters. An inserted line feed becomes an empty token at the cut.
 */
final class PhysicalLineSplit implements TokenFactory<CommonToken> {
  /** fgets() into char[2048]: at most 2047 bytes of one line per read. */
  static final int LINE_BUFFER_BYTES = 2047;

  private final String text;
  private final int[] inserted;

  private PhysicalLineSplit(String text, int[] inserted) {
    this.text = text;
    this.inserted = inserted;
  }

  static PhysicalLineSplit of(SourceFile file) {
    String real = file.text();
    if (!hasLongLine(real)) {
      // Nothing to cut (nearly every file): at most the final line feed is inserted.
      boolean unterminated = !real.isEmpty() && !real.endsWith("\n");
      return unterminated
          ? new PhysicalLineSplit(real + "\n", new int[] {real.length()})
          : new PhysicalLineSplit(real, new int[0]);
    }
    StringBuilder virtual = new StringBuilder(real.length() + 16);
    List<Integer> cuts = new ArrayList<>();
    int column = 0;
    for (int i = 0; i < real.length(); i++) {
      char c = real.charAt(i);
      if (c != '\n' && column == LINE_BUFFER_BYTES) {
        cuts.add(virtual.length());
        virtual.append('\n');
        column = 0;
      }
      virtual.append(c);
      column = c == '\n' ? 0 : column + 1;
    }
    if (!real.isEmpty() && !real.endsWith("\n")) {
      cuts.add(virtual.length());
      virtual.append('\n');
    }
    return new PhysicalLineSplit(virtual.toString(), cuts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** True when a line (its line feed not counted) is longer than the line buffer. */
  private static boolean hasLongLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end - start > LINE_BUFFER_BYTES) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** The text the lexer reads. */
  String text() {
    return text;
  }

  /** True when at least one physical line was cut (not counting the final newline). */
  List<Integer> cutOffsets(int fileSize) {
    List<Integer> cuts = new ArrayList<>();
    for (int cut : inserted) {
      int real = real(cut);
      if (real < fileSize) {
        cuts.add(real);
      }
    }
    return cuts;
  }

  /** The real byte offset of a virtual offset (an inserted char maps to the next real byte). */
  int real(int virtual) {
    int before = Arrays.binarySearch(inserted, virtual);
    int count = before >= 0 ? before : -before - 1;
    return virtual - count;
  }

  @Override
  public CommonToken create(Pair<TokenSource, CharStream> source, int type, String tokenText,
      int channel, int start, int stop, int line, int charPositionInLine) {
    int realStart = real(start);
    int realEnd = real(stop + 1);
    CommonToken token = new CommonToken(source, type, channel, realStart, realEnd - 1);
    token.setLine(line);
    token.setCharPositionInLine(charPositionInLine);
    token.setText(tokenText != null ? tokenText
        : stop >= start ? source.b.getText(Interval.of(start, stop)) : "");
    return token;
  }

  @Override
  public CommonToken create(int type, String tokenText) {
    return new CommonToken(type, tokenText);
  }
}
